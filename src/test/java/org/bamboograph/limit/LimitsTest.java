package org.bamboograph.limit;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each limit on abusive queries, with a query that crosses it and one just inside it (the cost: QueryCostTest). */
@QuarkusTest
class LimitsTest {

    /**
     * An agreement and the agreements it superseded, {@code depth} fields deep counting from the root field: to-one
     * fields only, so that the query stays cheap however deep it is.
     */
    private static String nested(int depth) {
        StringBuilder open = new StringBuilder("{ agreements(first: 1) { edges { node {");
        StringBuilder close = new StringBuilder("} } } }");
        for (int level = 4; level < depth; level++) {
            open.append(" supersedes {");
            close.append('}');
        }
        return open + " id " + close;
    }

    @Test
    void depthLimit() {
        graphql(nested(20)).body("errors", nullValue()).body("data.agreements.edges[0].node", notNullValue());
        graphql(nested(21))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void aVerdictHoldsForItsVariablesOnly() {
        // The deep part counts only when included; checks are remembered per document and variables, never across.
        String query = nested(21).replaceFirst("\\{ agreements", "query(\\$deep: Boolean!) { agreements")
                .replaceFirst(" supersedes \\{", " supersedes @include(if: \\$deep) {");
        for (int round = 0; round < 2; round++) {
            graphql(query, Map.of("deep", false)).body("errors", nullValue()).body("data.agreements", notNullValue());
            graphql(query, Map.of("deep", true)).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        }
    }

    @Test
    void tokenLimit() {
        // A list literal is one argument of many tokens: parsed (then refused as the wrong type) just inside the limit.
        graphql("{ state(code: [" + "1 ".repeat(14_980) + "]) { code } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        graphql("{ state(code: [" + "1 ".repeat(15_010) + "]) { code } }")
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }

    @Test
    void bodyLimitIsEnforcedByHttpBeforeGraphQL() {
        String comment = "#" + "x".repeat(60_000) + "\n";
        given().contentType(ContentType.JSON).body(Map.of("query", comment + "{ __typename }"))
                .when().post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().contentType(ContentType.JSON).body(Map.of("query", "#" + "x".repeat(70_000) + "\n{ __typename }"))
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    void graphiqlIntrospectionStaysInsideTheLimits() {
        graphql(IntrospectionQuery.INTROSPECTION_QUERY).body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
        String full = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .inputValueDeprecation(true).isOneOf(true).specifiedByUrl(true).directiveIsRepeatable(true)
                .schemaDescription(true).typeRefFragmentDepth(9));
        graphql(full).body("errors", nullValue()).body("data.__schema.mutationType.name", equalTo("Mutation"));
    }
}
