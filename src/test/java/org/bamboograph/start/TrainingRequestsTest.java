package org.bamboograph.start;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The training run of the package step fails the build when one of its requests fails; this finds a stale request
 * (a renamed field, a removed argument) in the test phase already, through the same HTTP interface.
 */
@QuarkusTest
class TrainingRequestsTest {

    @Test
    void everyTrainingRequestIsAnsweredWithoutErrors() throws IOException {
        List<TrainingRequest> requests = requests();
        assertTrue(requests.size() >= 5, "the training covers the probe and several first queries");
        for (TrainingRequest request : requests) {
            switch (request.method()) {
                case "POST" -> given().contentType(ContentType.JSON)
                        .body("{\"query\":" + quoted(request.argument()) + "}")
                        .post("/graphql").then().statusCode(200).body(not(containsString("\"errors\"")));
                case "GETQL" -> given().queryParam("query", request.argument()).get("/graphql")
                        .then().statusCode(200).body(not(containsString("\"errors\"")));
                default -> given().get(request.argument()).then().statusCode(200);
            }
        }
    }

    @Test
    void aLineWithoutAKnownMethodIsRefusedByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TrainingRequest.parse("PUT /graphql"));
        assertEquals("unknown training method PUT", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingRequest.parse("POST"));
    }

    private static List<TrainingRequest> requests() throws IOException {
        try (InputStream in = TrainingRequestsTest.class.getClassLoader()
                .getResourceAsStream("start/training-requests.txt")) {
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(TrainingRequest::parse).toList();
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
