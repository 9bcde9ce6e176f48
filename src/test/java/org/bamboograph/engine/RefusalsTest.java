package org.bamboograph.engine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bamboograph.testing.GraphQLRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Values GraphQL does not allow are refused before any resolver runs, quoting the value as sent, and no message
 * speaks of Java: no class names, no graphql-java renderings of values, no internal message ids.
 */
@QuarkusTest
class RefusalsTest {

    /** What must never reach a client: Java types, graphql-java's value renderings, SmallRye's message ids. */
    static final Pattern JAVA_TALK = Pattern.compile("HashMap|ArrayList|LinkedHashMap|BigDecimal|BigInteger|Integer'"
            + "|'Long'|'Double'|'Map'|\\b(Int|Float|String|Boolean|Enum|Null|Array|Object)Value\\b|VariableReference"
            + "|SRGQL|\\bjava\\.|\\bio\\.|\\borg\\.|graphql\\.|Exception|\\{value=");

    /** Posts a raw JSON body, as a client's own encoder would have written it. */
    static ValidatableResponse raw(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/graphql").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2147483648  | 2147483648",
            "-2147483649 | -2147483649",
            "1.5         | 1.5",
            "99999999999999999999999 | 99999999999999999999999",
            "\"5\"       | \"5\"",
            "true        | true",
            "[1]         | [1]",
            "{\"a\": 1}  | {\"a\":1}" })
    void aVariableThatIsNoIntIsBadUserInputQuotingIt(String json, String quoted) {
        raw("{\"query\": \"query($n: Int) { visits(first: $n) { totalCount } }\", \"variables\": {\"n\": " + json + "}}")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.variable", equalTo("n"))
                .body("errors[0].extensions.argument", equalTo("first"))
                .body("errors[0].message", containsString(quoted + " is not an Int"))
                .body("errors[0].message", not(matchesJavaTalk()));
    }

    @Test
    void wholeNumbersWrittenWithAFractionPartStillCount() {
        raw("{\"query\": \"query($n: Int) { visits(first: $n) { edges { cursor } } }\", \"variables\": {\"n\": 2.0}}")
                .body("errors", nullValue())
                .body("data.visits.edges", hasSize(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2147483648  | 2147483648",
            "-2147483649 | -2147483649",
            "1.5         | 1.5",
            "1.0         | 1.0",
            "1e3         | 1e3",
            "15E-1       | 15E-1",
            "\"5\"       | \"5\"",
            "true        | true" })
    void aLiteralThatIsNoIntIsValidationFailedQuotingIt(String literal, String quoted) {
        GraphQLRequests.graphql("{ visits(first: " + literal + ") { totalCount } }")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("argument 'first' with value '" + quoted + "'"))
                .body("errors[0].message", not(matchesJavaTalk()));
    }

    @Test
    void anOverflowingVersionWritesNothingAndIsRefusedBeforeTheResolver() {
        GraphQLRequests.asEditor("mutation { deleteSource(id: \"article-000\", version: 4294967296) }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("4294967296"));
        GraphQLRequests.graphql("{ sources { id } }").body("data.sources.id", org.hamcrest.Matchers.hasItem("article-000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ __schema { types { fields { type { fields { name } } } } } }",
            "{ __type(name: \"Visit\") { a: fields { name } b: fields { name } } }",
            "{ __schema { types { name } } again: __schema { types { name } } }",
            "{ __schema { types { inputFields { type { inputFields { name } } } } } }" })
    void introspectionRefusalsAreValidationFailed(String query) {
        GraphQLRequests.graphql(query)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("introspection"));
    }

    /** Requests an attacker sends; every message that comes back is read for Java. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"query\": \"query($n: Int) { visits(first: $n) { totalCount } }\", \"variables\": {\"n\": {\"a\": 1}}}",
            "{\"query\": \"query($n: Int) { visits(first: $n) { totalCount } }\", \"variables\": {\"n\": [1, 2]}}",
            "{\"query\": \"query($s: String!) { leader(name: $s) { id } }\", \"variables\": {\"s\": {\"a\": 1}}}",
            "{\"query\": \"query($s: String!) { leader(name: $s) { id } }\", \"variables\": {\"s\": [\"x\"]}}",
            "{\"query\": \"query($s: String!) { leader(name: $s) { id } }\", \"variables\": {\"s\": 5}}",
            "{\"query\": \"query($b: Boolean!) { visits @include(if: $b) { totalCount } }\", \"variables\": {\"b\": 1}}",
            "{\"query\": \"query($k: AgreementKind) { agreements(kind: $k) { totalCount } }\", \"variables\": {\"k\": {\"a\": 1}}}",
            "{\"query\": \"query($k: AgreementKind) { agreements(kind: $k) { totalCount } }\", \"variables\": {\"k\": [\"TREATY\"]}}",
            "{\"query\": \"mutation($i: SourceInput!) { createSource(input: $i) { id } }\", \"variables\": {\"i\": \"x\"}}",
            "{\"query\": \"mutation($i: SourceInput!) { createSource(input: $i) { id } }\", \"variables\": {\"i\": [1]}}",
            "{\"query\": \"mutation($i: SourceInput!) { createSource(input: $i) { id } }\", \"variables\": {\"i\": {\"title\": 5}}}",
            "{\"query\": \"mutation($i: SourceInput!) { createSource(input: $i) { id } }\", \"variables\": {\"i\": {\"title\": \"x\", \"no\": 1}}}",
            "{\"query\": \"mutation($id: ID!) { deleteSource(id: $id, version: 0) }\", \"variables\": {\"id\": 1.5}}",
            "{\"query\": \"mutation($id: ID!) { deleteSource(id: $id, version: 0) }\", \"variables\": {\"id\": {}}}",
            "{\"query\": \"{ leader(name: 5) { id } }\"}",
            "{\"query\": \"{ leader(name: [\\\"a\\\"]) { id } }\"}",
            "{\"query\": \"{ leader(name: {a: 1}) { id } }\"}",
            "{\"query\": \"{ leader(name: null) { id } }\"}",
            "{\"query\": \"{ visits(first: FOO) { totalCount } }\"}",
            "{\"query\": \"{ visits(first: [1]) { totalCount } }\"}",
            "{\"query\": \"{ visits(first: {a: 1}) { totalCount } }\"}",
            "{\"query\": \"{ agreements(kind: \\\"TREATY\\\") { totalCount } }\"}",
            "{\"query\": \"{ agreements(kind: 5) { totalCount } }\"}",
            "{\"query\": \"{ visits @include(if: 1) { totalCount } }\"}",
            "{\"query\": \"query($n: Int = 2147483648) { visits(first: $n) { totalCount } }\"}",
            "{\"query\": \"query($n: Int = 1.5) { visits(first: $n) { totalCount } }\"}",
            "{\"query\": \"mutation { createSource(input: {title: 5}) { id } }\"}",
            "{\"query\": \"mutation { createSource(input: {no: 5}) { id } }\"}",
            "{\"query\": \"mutation { createSource(input: \\\"x\\\") { id } }\"}",
            "{\"query\": \"mutation { deleteSource(id: 1.5, version: 0) }\"}",
            "{\"query\": \"mutation { deleteSource(id: true, version: 0) }\"}",
            "{\"query\": \"{ states(after: \\\"YmcxOjIxNDc0ODM2NDc\\\") { totalCount } }\"}",
            "{\"query\": \"{ __type(name: 5) { name } }\"}" })
    void noMessageSpeaksOfJava(String body) {
        List<String> messages = raw(body).body("errors", notNullValue())
                .body("errors.extensions.code", everyItem(notNullValue()))
                .body("errors.extensions.code", everyItem(not(equalTo("INTERNAL_SERVER_ERROR"))))
                .extract().path("errors.message");
        assertNotNull(messages);
        for (String message : messages) {
            assertFalse(JAVA_TALK.matcher(message).find(), message);
        }
    }

    @Test
    void namesTheClientWroteAreQuotedAsWritten() {
        GraphQLRequests.graphql("{ IntValue }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Field 'IntValue' in type 'Query' is undefined"));
    }

    static org.hamcrest.Matcher<String> matchesJavaTalk() {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String message) {
                return JAVA_TALK.matcher(message).find();
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a message naming Java types or internal ids");
            }
        };
    }

}
