package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * POST as the GraphQL-over-HTTP specification has it: the answer's media type follows {@code Accept}, request errors
 * are 400 under application/graphql-response+json and 200 under application/json, and what is not a GraphQL request
 * gets a 4xx with a coded body.
 */
@QuarkusTest
class ContentNegotiationTest {

    private static final String STRICT = MediaTypes.GRAPHQL_RESPONSE_JSON;

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static ValidatableResponse post(String accept, Object body) {
        return given().contentType("application/json").accept(accept).body(body).when().post("/graphql").then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", MediaTypes.JSON, "text/html, application/json;q=0.9"})
    void anythingButTheStrictTypeGetsJson(String accept) {
        post(accept, Map.of("query", "{ __typename }")).statusCode(200)
                .header("Content-Type", equalTo("application/json; charset=utf-8"))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void theStrictTypeIsAnsweredInIt() {
        post(STRICT, Map.of("query", "{ __typename }")).statusCode(200)
                .header("Content-Type", equalTo(STRICT + "; charset=utf-8"));
        post(STRICT + ";q=0.5, application/json", Map.of("query", "{ __typename }")).statusCode(200)
                .header("Content-Type", startsWith(MediaTypes.JSON));
    }

    @Test
    void noAcceptHeaderGetsJson() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void aPostWithoutContentTypeIsUnsupportedMediaType() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode());
        assertTrue(answer.body().contains("\"code\":\"BAD_REQUEST\""), answer.body());
        given().contentType("text/plain").body("{ __typename }").when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aContentTypeSentTwiceIsTakenWhenBothAgree() {
        // Quarkus' GraphiQL page sends its Content-Type twice, which arrives joined by a comma.
        given().contentType("application/json, application/json").body("{\"query\": \"{ __typename }\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().contentType("application/json, text/plain").body("{\"query\": \"{ __typename }\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void theGraphQLMediaTypeStaysAccepted() {
        given().contentType("application/graphql").body("{ __typename }".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void anAcceptTheServiceCannotAnswerIsNotAcceptable() {
        post("application/*", Map.of("query", "{ __typename }")).statusCode(406)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post("text/html", Map.of("query", "{ __typename }")).statusCode(406)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void otherMethodsAreNotAllowed() {
        given().contentType("application/json").body(Map.of("query", "{ __typename }")).when().put("/graphql")
                .then().statusCode(405).header("Allow", equalTo("GET, POST, OPTIONS"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aDocumentThatDoesNotParse() {
        post(STRICT, Map.of("query", "{")).statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        post(MediaTypes.JSON, Map.of("query", "{")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void aDocumentThatDoesNotValidate() {
        post(STRICT, Map.of("query", "{ nosuchfield }")).statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(MediaTypes.JSON, Map.of("query", "{ nosuchfield }")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void variablesThatDoNotCoerce() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("query", "query($n: Int!) { visits(first: $n) { totalCount } }");
        body.put("variables", Map.of("n", "ten"));
        post(STRICT, body).statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.variable", equalTo("n"));
        post(MediaTypes.JSON, body).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aFieldErrorDuringExecutionStays200EvenWhenStrict() {
        post(STRICT, Map.of("query", "{ visits(from: \"2023-13\") { totalCount } }")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
        "{\"query\": \"{ __typename }\", \"variables\": [1]}",
        "{\"query\": \"{ __typename }\", \"operationName\": 5}",
        "{\"query\": \"{ __typename }\", \"operationName\": {}}",
        "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
        "{\"query\": \"{ __typename }\", \"extensions\": true}",
        "{\"query\": 5}",
    })
    void requestMembersOfTheWrongJsonTypeAreBadRequests(String body) {
        for (String accept : new String[] {MediaTypes.JSON, STRICT}) {
            given().contentType("application/json").accept(accept).body(body).when().post("/graphql")
                    .then().statusCode(400)
                    .header("Content-Type", startsWith(accept))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nullMembersAreLeftOut() {
        given().contentType("application/json")
                .body("{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                .when().post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
