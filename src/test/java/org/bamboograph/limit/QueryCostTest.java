package org.bamboograph.limit;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The query cost of the README's Limits section, over HTTP with the default budget of 100,000: documents over it are
 * refused before anything runs, with their cost, which is checked here against the formula worked out by hand.
 */
@QuarkusTest
class QueryCostTest {

    /** Fragments F0 (two leaves on Leader) to F{levels}, each spreading the one before ten times. */
    private static String fragmentBomb(int levels) {
        StringBuilder query = new StringBuilder("{ leader(name: \"Trong\") { ...F" + levels + " } }\n");
        query.append("fragment F0 on Leader { id name }\n");
        for (int level = 1; level <= levels; level++) {
            query.append("fragment F").append(level).append(" on Leader {");
            for (int spread = 0; spread < 10; spread++) {
                query.append(" ...F").append(level - 1);
            }
            query.append(" }\n");
        }
        return query.toString();
    }

    /** {@code leader { visits { guest { visits … id } } } }, {@code depth} fields deep, under {@code aliases} aliases. */
    private static String chain(int depth, int aliases) {
        String body = "id";
        for (int level = depth - 2; level >= 1; level--) {
            body = (level % 2 == 1 ? "visits { " : "guest { ") + body + " }";
        }
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < aliases; i++) {
            query.append(" a").append(i).append(": leader(name: \"Trong\") { ").append(body).append(" }");
        }
        return query.append(" }").toString();
    }

    private static void refusedAt(String query, Map<String, Object> variables, long cost) {
        graphql(query, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.cost", cost <= Integer.MAX_VALUE ? equalTo((int) cost) : equalTo(cost))
                .body("errors[0].extensions.limit", equalTo(100_000));
    }

    @Test
    void aFragmentCountsAsOftenAsItIsSpread() {
        // F0 = 2; F7 = 10^7 spreads of F0 = 2 * 10^7; leader(name:) = 1 + 1000 (its own statement) + 2 * 10^7.
        graphql(fragmentBomb(7)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.cost", equalTo(20_001_001));
        // Past 10^18 spreads the count saturates instead of wrapping around to a small number.
        graphql(fragmentBomb(30)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.cost", equalTo(Long.MAX_VALUE));
    }

    @Test
    void unpagedListsCountTheirEstimate() {
        // Depth 7: leader { visits { guest { visits { guest { visits { id } } } } } }. Leader.visits counts 20:
        // visits{id} = 1 + 20 * 1 = 21; guest = 22; visits = 1 + 20 * 22 = 441; guest = 442;
        // visits = 1 + 20 * 442 = 8841; leader = 1 + 1000 + 8841 = 9842.
        graphql(chain(7, 1)).body("errors", nullValue()).body("data.a0.visits", notNullValue());
        // Each alias counts on its own: 11 * 9842 = 108262.
        refusedAt(chain(7, 11), Map.of(), 108_262);
        // The depth-19 chain of the attack: eight more levels of visits, 20 times each.
        graphql(chain(19, 1)).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void aPageCountsTheElementsItCanReturn() {
        // visits(first: n) { edges { node { guest { name } } } }: node = 1 + (1 + 1) = 3; edges = 1 + n * 3;
        // visits = 1 + 1000 + edges. With n = 100: 1302; 77 aliases: 100254.
        StringBuilder query = new StringBuilder("query($n: Int) {");
        for (int i = 0; i < 77; i++) {
            query.append(" v").append(i).append(": visits(first: $n) { edges { node { guest { name } } } }");
        }
        String document = query.append(" }").toString();
        refusedAt(document, Map.of("n", 100), 100_254);
        // Left out, first is its default of 20: 1 + 1000 + 1 + 20 * 3 = 1062 each, 81774 in all: it runs.
        graphql(document, Map.of()).body("errors", nullValue()).body("data.v76.edges[0].node.guest.name", notNullValue());
        // A page beyond the maximum counts as the maximum (and is refused by the field as bad input).
        refusedAt(document, Map.of("n", 1_000_000), 100_254);
    }

    @Test
    void skippedSelectionsCostNothing() {
        String chains = chain(7, 11);
        // x = 1 + 1000 + 1 = 1002; the eleven chains (108262) sit under @include: left out, they cost nothing.
        String query = "query($all: Boolean!) { x: leader(name: \"Trong\") { id } ... @include(if: $all) {"
                + chains.substring(1, chains.length() - 1) + "} }";
        graphql(query, Map.of("all", false)).body("errors", nullValue()).body("data.x.id", notNullValue());
        refusedAt(query, Map.of("all", true), 1002 + 108_262);
    }

    @Test
    void theBudgetIsInclusive() {
        // states(first: 100) { edges { node { k aliased leaves } } } = 1 + 1000 + 1 + 100 * (1 + k) = 1102 + 100k;
        // with k = 988: 99902; 98 aliases of __typename (1 each) bring it to exactly 100000.
        StringBuilder query = new StringBuilder("{ states(first: 100) { edges { node {");
        for (int i = 0; i < 988; i++) {
            query.append(" c").append(i).append(": code");
        }
        query.append(" } } }");
        for (int i = 0; i < 98; i++) {
            query.append(" t").append(i).append(": __typename");
        }
        graphql(query + " }").body("errors", nullValue()).body("data.states.edges[0].node.c987", notNullValue());
        refusedAt(query + " t98: __typename }", Map.of(), 100_001);
    }
}
