package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@link ResponseStatus} reaches the HTTP answer: the error rewriting, which runs inside SmallRye's execution and has
 * no handle on the response, asks for 400 on a request error, and the answer carries it.
 */
@QuarkusTest
class ResponseStatusTest {

    private static final Map<String, Object> UNKNOWN_FIELD = Map.of("query", "{ leader(name: \"Joe Biden\") { birthday } }");

    @Test
    void statusSetDuringExecutionReachesTheAnswer() {
        given().contentType("application/json").accept(MediaTypes.GRAPHQL_RESPONSE_JSON).body(UNKNOWN_FIELD)
                .when().post("/graphql")
                .then().statusCode(400)
                .header("Content-Type", startsWith(MediaTypes.GRAPHQL_RESPONSE_JSON))
                .header("Cache-Control", equalTo("no-store"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void legacyJsonAnswersKeepTheirStatus() {
        given().contentType("application/json").accept(MediaTypes.JSON).body(UNKNOWN_FIELD)
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Content-Type", startsWith(MediaTypes.JSON))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void outsideARequestSetDoesNothing() {
        ResponseStatus.set(429, Map.of("Retry-After", "1"));
        given().contentType("application/json").body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
