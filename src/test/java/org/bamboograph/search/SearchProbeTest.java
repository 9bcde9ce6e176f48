package org.bamboograph.search;

import static org.bamboograph.graphql.GraphQLRequests.graphql;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchProbeTest {
    @Test
    void probe() {
        System.out.println("PROBE " + graphql("{ search(text: \"oil rig\", first: 2) { edges { node { __typename ... on Event { id title } } } } }").extract().body().asString());
        System.out.println("PROBE " + graphql("{ search(text: \"oil rig\", first: 2) { edges { node { ... E } } } } fragment E on Event { id title }").extract().body().asString());
        String sdl = given().get("/graphql/schema.graphql").then().extract().body().asString();
        for (String line : sdl.split("\n")) { if (line.startsWith("type ") || line.startsWith("input ")) System.out.println("SDL " + line); }
    }
}
