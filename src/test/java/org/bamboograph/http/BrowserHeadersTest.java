package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Headers a browser deployment relies on: no sniffing and no framing on every answer, whoever produces it (GraphQL,
 * the request checks in front of it, the HTTP layer's own refusals, the /q endpoints, unknown paths); a policy on
 * the GraphiQL page; and no CORS unless configured ({@link CorsEnabledTest} switches it on).
 */
@QuarkusTest
class BrowserHeadersTest {

    private static final String ORIGIN = "https://elsewhere.example.org";

    @Test
    void graphqlAnswersCannotBeSniffedOrFramed() {
        hardened(given().contentType(ContentType.JSON).body("{\"query\": \"{ states(first: 1) { totalCount } }\"}")
                .post("/graphql").then().statusCode(200));
        hardened(given().contentType(ContentType.JSON).body("{\"query\": \"{ nope }\"}")
                .post("/graphql").then().statusCode(200).body("errors[0].extensions.code",
                        equalTo("GRAPHQL_VALIDATION_FAILED")));
    }

    @Test
    void refusalsBeforeGraphQLCarryTheHeadersToo() {
        hardened(given().contentType(ContentType.JSON).body("not json").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST")));
        hardened(given().contentType(ContentType.JSON).body("{\"query\": \"" + "a".repeat(70_000) + "\"}")
                .post("/graphql").then().statusCode(413));
        hardened(given().get("/no/such/page").then().statusCode(404));
    }

    @Test
    void endpointsUnderQAndTheSchemaCarryTheHeaders() {
        hardened(given().get("/q/health/ready").then().statusCode(200));
        hardened(given().get("/q/metrics").then().statusCode(200));
        hardened(given().get("/graphql/schema.graphql").then().statusCode(200));
    }

    @Test
    void graphiqlPageHasAPolicyThatAllowsOnlyItsOwnFiles() {
        for (String path : new String[] {"/q/graphql-ui/", "/q/graphql-ui/render.js"}) {
            hardened(given().get(path).then().statusCode(200))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("connect-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe")));
        }
    }

    @Test
    void explorerPagesHaveTheirOwnPolicyWithoutInlineScriptOrEval() {
        for (String path : new String[] {"/", "/index.html", "/explorer/app.js", "/explorer/explorer.css"}) {
            hardened(given().get(path).then().statusCode(200))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("connect-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe")));
        }
        // The page loads its code as a module file of this server: no inline script for the policy to allow.
        given().get("/").then().body(containsString("<script type=\"module\" src=\"/explorer/app.js\"></script>"))
                .body(not(containsString("<script>"))).body(not(containsString("style=")));
        // Unversioned file names: kept minutes, not Quarkus' default day, so a release reaches readers soon.
        given().get("/explorer/app.js").then().contentType(containsString("javascript"))
                .header("Cache-Control", containsString("max-age=300"));
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
        given().header("Origin", ORIGIN).contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }
}
