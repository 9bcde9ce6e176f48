package org.bamboograph.health;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readyOnceMigrationsAndCuratedDataAreIn() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("curated data"))
                .body("checks.find { it.name == 'curated data' }.data.curatedCitations", greaterThan(100))
                .body("checks.find { it.name == 'curated data' }.data.failedMigrations", equalTo(0));
    }

    @Test
    void metricsShowGraphQLOperationTimingsAndStatementCounts() {
        graphql("{ states(first: 1) { totalCount } }");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"states\""))
                .body(containsString("hibernate_statements_total"));
    }
}
