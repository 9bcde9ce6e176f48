package org.bamboograph.leader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged application, started as users start it, answers the core traversal and serves GraphiQL. */
@QuarkusIntegrationTest
class LeaderApiIT {

    @Test
    void trongTraversalAgainstThePackagedJar() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", """
                        { leader(name: "Nguyen Phu Trong") { name visits { date hostState { code }
                          resultingAgreements { kind date parties { code } } } } }"""))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.leader.visits.date", contains("2011", "2015", "2022-10"))
                .body("data.leader.visits[1].resultingAgreements[0].parties.code", contains("USA", "VNM"));
    }

    @Test
    void graphiqlShipsInThePackagedApplication() {
        given().when().get("/q/graphql-ui/").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ visits( }"))
                .when().post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }
}
