package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** CORS switched on with the settings the README gives: the named origin may call, any other may not. */
@QuarkusTest
@TestProfile(CorsEnabledTest.Profile.class)
class CorsEnabledTest {

    static final String ALLOWED = "https://app.example.org";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", ALLOWED,
                    "quarkus.http.cors.access-control-allow-credentials", "false");
        }
    }

    @Test
    void preflightFromTheNamedOriginAllowsAPostWithAToken() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("authorization"))
                .header("Access-Control-Allow-Credentials", "false")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void answersToTheNamedOriginAreReadableErrorsIncluded() {
        given().header("Origin", ALLOWED).contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED)
                .body("data.__typename", equalTo("Query"));
        given().header("Origin", ALLOWED).contentType(ContentType.JSON).body("not json")
                .post("/graphql").then().statusCode(400).header("Access-Control-Allow-Origin", ALLOWED)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anotherOriginIsRefused() {
        String other = "https://elsewhere.example.org";
        given().header("Origin", other).header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", other).contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
