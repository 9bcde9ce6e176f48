package org.bamboograph.graphql;

import static io.restassured.RestAssured.given;
import static org.bamboograph.graphql.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each limit on abusive queries, with a query that crosses it and one just inside it. */
@QuarkusTest
class LimitsTest {

    /** Nested visits and guests, {@code depth} fields deep counting from the root field. */
    private static String nested(int depth) {
        StringBuilder open = new StringBuilder("{ leader(name: \"Joe Biden\") {");
        StringBuilder close = new StringBuilder("} }");
        for (int level = 2; level < depth; level++) {
            open.append(level % 2 == 0 ? " visits {" : " guest {");
            close.append('}');
        }
        return open + " id " + close;
    }

    /** One list field and {@code fields - 1} aliased leaves under it: a query of that complexity, run cheaply. */
    private static String ofComplexity(int fields) {
        StringBuilder query = new StringBuilder("{ states(first: 1) {");
        for (int i = 1; i < fields; i++) {
            query.append(" f").append(i).append(": totalCount");
        }
        return query.append(" } }").toString();
    }

    @Test
    void depthLimit() {
        graphql(nested(20)).body("errors", nullValue()).body("data.leader", notNullValue());
        graphql(nested(21))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void aVerdictHoldsForItsVariablesOnly() {
        // The deep part counts only when included; checks are remembered per document and variables, never across.
        String query = nested(21).replaceFirst("\\{ leader", "query(\\$deep: Boolean!) { leader")
                .replaceFirst(" visits \\{", " visits @include(if: \\$deep) {");
        for (int round = 0; round < 2; round++) {
            graphql(query, Map.of("deep", false)).body("errors", nullValue()).body("data.leader", notNullValue());
            graphql(query, Map.of("deep", true)).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        }
    }

    @Test
    void complexityLimit() {
        graphql(ofComplexity(2000)).body("errors", nullValue()).body("data.states.f1999", notNullValue());
        graphql(ofComplexity(2001)).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
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
