package org.bamboograph.error;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad input gets an error whose extensions.code a client can branch on. */
@QuarkusTest
class ErrorsTest {

    @Test
    void syntaxErrorIsParseFailedWithItsLocation() {
        graphql("{ visits( { totalCount } }")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].locations[0].column", equalTo(11))
                .body("errors[0].message", containsString("Syntax error"));
    }

    @Test
    void documentsThatParsedBeforeAreRememberedButABrokenVariantIsStillRefused() {
        String query = "{ leader(name: \"Joe Biden\") { name } }";
        for (int i = 0; i < 2; i++) {
            graphql(query).body("errors", nullValue()).body("data.leader.name", equalTo("Joe Biden"));
        }
        graphql(query.substring(0, query.length() - 2))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        graphql(query).body("data.leader.name", equalTo("Joe Biden"));
    }

    @Test
    void unknownFieldIsValidationFailed() {
        graphql("{ leader(name: \"Joe Biden\") { name birthday } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("birthday"));
    }

    @Test
    void badEnumLiteralIsValidationFailed() {
        graphql("{ agreements(kind: ALLIANCE) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("ALLIANCE"));
    }

    @Test
    void missingRequiredArgumentIsValidationFailed() {
        graphql("{ state { name } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void badEnumVariableIsBadUserInputOnItsArgument() {
        graphql("query($k: AgreementKind) { agreements(kind: $k) { totalCount } }", Map.of("k", "ALLIANCE"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("kind"))
                .body("errors[0].extensions.variable", equalTo("k"));
    }

    @Test
    void wronglyTypedVariableIsBadUserInputOnItsArgument() {
        graphql("query($n: Int) { visits(first: $n) { totalCount } }", Map.of("n", "ten"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("first"))
                .body("errors[0].extensions.variable", equalTo("n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{ visits(from: \"2023-13\") { totalCount } }                | from   | 2023-13",
            "{ visits(to: \"2023-02-30\") { totalCount } }               | to     | 2023-02-30",
            "{ agreements(from: \"March 2024\") { totalCount } }         | from   | March 2024",
            "{ events(to: \"2021-1\") { totalCount } }                   | to     | 2021-1",
            "{ partnerships(state: \"VNM\", asOf: \"soon\") { partner { code } } } | asOf | soon",
            "{ visits(from: \"2024\", to: \"2023\") { totalCount } }     | to     | 2023",
            "{ visits(first: 101) { totalCount } }                       | first  | 101",
            "{ leaders(first: -1) { totalCount } }                       | first  | -1",
            "{ states(after: \"not-a-cursor\") { totalCount } }          | after  | not-a-cursor",
            "{ visits(after: \"YmcxOi0x\") { totalCount } }              | after  | YmcxOi0x",
    })
    void badArgumentIsBadUserInputNamingTheArgument(String query, String argument, String value) {
        graphql(query)
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo(argument))
                .body("errors[0].message", containsString(value))
                .body("errors[0].path", notNullValue());
    }

    @Test
    void pageSizeAtTheLimitIsFine() {
        graphql("{ visits(first: 100) { totalCount } }")
                .body("errors", nullValue())
                .body("data.visits.totalCount", equalTo(13));
    }

    @Test
    void unknownOperationNameIsCoded() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query A { __typename } query B { __typename }", "operationName", "C"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", notNullValue())
                .body("errors[0].message", containsString("C"));
    }

    @Test
    void requestWithoutQueryIsBadRequest() {
        given().contentType(ContentType.JSON).body("{\"variables\": {}}")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void bodyThatIsNotJsonIsBadRequest() {
        given().contentType(ContentType.JSON).body("{ leader(name: \"x\") { id } }")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void partialFailureKeepsTheRestOfTheAnswer() {
        graphql("{ state(code: \"VNM\") { code } leader(name: \"ana\") { id } }")
                .body("data.state.code", equalTo("VNM"))
                .body("data.leader", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].path[0]", equalTo("leader"));
    }
}
