package org.bamboograph.engine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Shapes a stranger sends to find what holds the server: each gets a coded answer, and long documents with many
 * errors are answered whole, every error in the client's words.
 */
@QuarkusTest
class HostileRequestsTest {

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/graphql").then();
    }

    private static String repeated(int times, java.util.function.IntFunction<String> part) {
        return IntStream.range(0, times).mapToObj(part).collect(Collectors.joining(" "));
    }

    @Test
    void ninetyBadValuesAreNinetyErrorsEachQuotingItsValue() {
        String query = "{ " + repeated(90, i -> "f" + i + ": visitStats(groupBy: [YEAR, CITY" + i + "]) { count }")
                + " }";
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(90))
                .body("errors.extensions.code", everyItem(equalTo("GRAPHQL_VALIDATION_FAILED")))
                // Each message quotes its own value as written, not graphql-java's rendering of it.
                .body("errors[0].message", containsString("'CITY0'"))
                .body("errors[89].message", containsString("'CITY89'"))
                .body("errors.message", everyItem(not(matchesPattern("(?s).*(EnumValue|\\{name=).*"))));
    }

    @Test
    void thousandsOfOneArgumentAreAValidationError() {
        String query = "{ leader(" + "name: \"T\" ".repeat(3000) + ") { id } }";
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors.size()", greaterThan(0))
                .body("errors.size()", lessThanOrEqualTo(100))
                .body("errors.extensions.code", everyItem(equalTo("GRAPHQL_VALIDATION_FAILED")));
    }

    @Test
    void aBatchedArrayIsARefusedBody() {
        post("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void variablesNestedThousandsDeepAreARefusedBody() {
        post("{\"query\": \"query($v: String) { __typename }\", \"variables\": {\"v\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}}")
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void ofManyOperationsOnlyTheNamedOneRuns() {
        String query = repeated(300, i -> "query Q" + i + " { leaders(first: 1) { totalCount } }")
                + " query Last { __typename }";
        given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", "Last")).when()
                .post("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data", equalTo(Map.of("__typename", "Query")));
        given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", "Nope")).when()
                .post("/graphql").then()
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("OPERATION_RESOLUTION_FAILURE"));
    }
}
