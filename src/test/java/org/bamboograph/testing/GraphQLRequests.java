package org.bamboograph.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** Posts GraphQL to the running service the way a client does: JSON over HTTP to /graphql. */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }

    /** As an editor: with a bearer token whose groups include "editor", signed by the test key. */
    public static ValidatableResponse asEditor(String query, Map<String, Object> variables) {
        return post(query, variables, token("test-editor", "editor"));
    }

    public static ValidatableResponse asEditor(String query) {
        return asEditor(query, Map.of());
    }

    /** A token signed with the test key (the test profile's smallrye.jwt.sign.key.location). */
    public static String token(String name, String... groups) {
        return Jwt.issuer("bamboo-graph").upn(name).groups(Set.of(groups)).expiresIn(Duration.ofMinutes(10)).sign();
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }
}
