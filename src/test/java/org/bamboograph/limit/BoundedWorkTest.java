package org.bamboograph.limit;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The bound on the size of an answer, provoked with a lowered setting. */
@QuarkusTest
@TestProfile(BoundedWorkTest.SmallAnswers.class)
class BoundedWorkTest {

    /** At most 50 values in an answer. */
    public static class SmallAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.max-result-values", "50");
        }
    }

    @Test
    void anAnswerPastTheBoundIsReplacedWhole() {
        // A page of visits with their guests and host states: far more than 50 values, within every other limit.
        String query = "{ visits(first: 100) { edges { cursor node { id date city guest { name offices { title } } "
                + "hostState { code name } } } } }";
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("RESPONSE_TOO_LARGE"))
                .body("errors[0].extensions.limit", equalTo(50))
                .body("errors[0].message", notNullValue());
        // A smaller answer of the same query goes through whole.
        graphql(query.replace("first: 100", "first: 2")).body("errors", nullValue())
                .body("data.visits.edges", hasSize(2));
    }
}
