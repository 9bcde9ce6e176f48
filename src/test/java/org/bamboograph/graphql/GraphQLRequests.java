package org.bamboograph.graphql;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL to the running service the way a client does: JSON over HTTP to /graphql. */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
