package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.bamboograph.testing.GraphQLRequests;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Queries over GET: the same answers as POST, cacheable, and never a write. */
@QuarkusTest
class GetQueryTest {

    private static final String TRONG = "{ leader(name: \"Nguyen Phu Trong\") { name } }";

    static ValidatableResponse get(String query) {
        return given().queryParam("query", query).when().get("/graphql").then();
    }

    @Test
    void answersAQueryAsPostDoes() {
        String query = "{ leader(name: \"Nguyen Phu Trong\") { name visits { date hostState { code } } } }";
        Object viaPost = GraphQLRequests.graphql(query).extract().path("data");
        get(query).statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("errors", nullValue())
                .body("data", equalTo(viaPost));
    }

    @Test
    void operationNameAndVariablesPickAndFeedTheOperation() {
        // Quarkus' own GET handler took the query text for the operation name here.
        given().queryParam("query", "query Who($n: String!) { leader(name: $n) { name } } query Other { __typename }")
                .queryParam("operationName", "Who")
                .queryParam("variables", "{\"n\": \"joe biden\"}")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.leader.name", equalTo("Joe Biden"));
    }

    @Test
    void aPercentSignIsDecodedOnce() {
        // Decoded twice, "%" made Quarkus' handler fail with HTTP 500.
        get("{ leaders(name: \"100% Trong\") { totalCount } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.leaders.totalCount", equalTo(0));
    }

    @Test
    void answersAreCacheableWithAStrongTag() {
        get(TRONG).statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", equalTo("Accept"))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}\""));
    }

    @Test
    void theCurrentTagGetsNotModifiedWithNoBody() {
        String tag = get(TRONG).statusCode(200).extract().header("ETag");
        given().queryParam("query", TRONG).header("If-None-Match", tag)
                .when().get("/graphql")
                .then().statusCode(304)
                .header("ETag", equalTo(tag))
                .body(emptyString());
        given().queryParam("query", TRONG).header("If-None-Match", "\"not-the-tag\"")
                .when().get("/graphql")
                .then().statusCode(200).body("data.leader.name", equalTo("Nguyen Phu Trong"));
    }

    @Test
    void theTagDependsOnTheRequestAndTheMediaType() {
        String tag = get(TRONG).extract().header("ETag");
        assertNotEquals(tag, get("{ leader(name: \"Joe Biden\") { name } }").extract().header("ETag"));
        String strict = given().queryParam("query", TRONG).accept(MediaTypes.GRAPHQL_RESPONSE_JSON)
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Content-Type", startsWith(MediaTypes.GRAPHQL_RESPONSE_JSON))
                .extract().header("ETag");
        assertNotEquals(tag, strict);
    }

    @Test
    void errorAnswersAreNotStored() {
        get("{ leader(name: \"Nguyen Phu Trong\") { birthday } }").statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().queryParam("query", "{ leader(name: \"Nguyen Phu Trong\") { birthday } }")
                .accept(MediaTypes.GRAPHQL_RESPONSE_JSON)
                .when().get("/graphql")
                .then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", nullValue())
                .body("data", nullValue());
        get("{ leader(name: ").statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void theLimitsOfPostHoldForGet() {
        get("{ visits(first: 101) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        StringBuilder deep = new StringBuilder("{ leader(name: \"Joe Biden\") ");
        for (int i = 0; i < 12; i++) {
            deep.append("{ visits { guest ");
        }
        deep.append("{ name }").append(" } }".repeat(12)).append(" }");
        get(deep.toString()).statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void wronglyTypedParametersAreBadRequests() {
        given().queryParam("query", TRONG).queryParam("variables", "not json")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", TRONG).queryParam("variables", "[1]")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", TRONG).queryParam("extensions", "5")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", TRONG, "{ __typename }")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aQueryPastTheDefaultRequestLineCapIsServed() {
        // Vert.x cuts request lines at 4,096 bytes by default; GET takes what a POST body may.
        String padded = "{ leader(name: \"Nguyen Phu Trong\") { name } }\n# " + "x".repeat(20_000);
        get(padded).statusCode(200).body("data.leader.name", equalTo("Nguyen Phu Trong"));
    }

    @Test
    void aQueryLongerThanAPostBodyMayBeIsUriTooLong() {
        String padded = "{ __typename }\n# " + "x".repeat(70 * 1024);
        get(padded).statusCode(414)
                .header("Cache-Control", equalTo("no-store"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", not(emptyString()));
    }

    @Test
    void aMutationIsRefusedWithMethodNotAllowedAndWritesNothing() {
        String create = "mutation { createSource(input: {id: \"made-by-get\", title: \"Made by GET\"}) { id } }";
        given().queryParam("query", create)
                .header("Authorization", "Bearer " + GraphQLRequests.token("test-editor", "editor"))
                .when().get("/graphql")
                .then().statusCode(405)
                .header("Allow", equalTo("POST"))
                .header("Cache-Control", equalTo("no-store"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        // A mutation picked out by operationName from a document that also holds a query is refused the same way.
        given().queryParam("query", "query Q { __typename } " + create.replace("mutation {", "mutation M {"))
                .queryParam("operationName", "M")
                .header("Authorization", "Bearer " + GraphQLRequests.token("test-editor", "editor"))
                .when().get("/graphql")
                .then().statusCode(405);
        GraphQLRequests.graphql("{ sources { id } }")
                .body("data.sources.id", not(hasItem("made-by-get")))
                .body("data.sources.id", hasItem("article-000"));
    }
}
