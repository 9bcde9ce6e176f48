package org.bamboograph.search;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.bamboograph.value.NameKey;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Search as a journalist uses it, over the curated graph. The phrases and their top three are read against the data
 * file; the PostgreSQL stage runs this class unchanged, so both databases must give the same three.
 */
@QuarkusTest
class SearchTest {

    private static final String SEARCH = """
            query($text: String!, $types: [SearchType!], $first: Int, $after: String) {
              search(text: $text, types: $types, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { cursor score snippet field highlights { start end }
                  node { __typename
                    ... on Visit { id city } ... on Agreement { id title } ... on Statement { id text }
                    ... on Event { id title } ... on Leader { id name } ... on State { code name } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    private static List<Map<String, Object>> edges(String text, Integer first) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("text", text);
        variables.put("first", first);
        return graphql(SEARCH, variables).body("errors", nullValue()).extract().path("data.search.edges");
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> edge) {
        Map<String, Object> node = (Map<String, Object>) edge.get("node");
        return node.get("__typename") + ":" + (node.containsKey("code") ? node.get("code") : node.get("id"));
    }

    private static Set<String> topThree(String text) {
        Set<String> keys = new HashSet<>();
        edges(text, 3).forEach(e -> keys.add(key(e)));
        return keys;
    }

    @Test
    void phrasesFindWhatTheArticlesSayAboutThem() {
        assertEquals(Set.of("Event:china-assertiveness-south-china-sea", "Event:south-china-sea-territorial-disputes",
                "Event:vietnam-extended-continental-shelf-claim"), topThree("South China Sea"));
        assertEquals(Set.of("Event:haiyang-shiyou-981-standoff", "Event:anti-china-protests-oil-rig",
                "Event:vuving-oil-rig-crisis-catalyst"), topThree("oil rig"));
        assertEquals(Set.of("Agreement:chn-vnm-comprehensive-strategic-partnership-2008",
                "Agreement:ind-vnm-comprehensive-strategic-partnership-2016",
                "Agreement:rus-vnm-comprehensive-strategic-partnership-2012"),
                topThree("comprehensive strategic partnership"));
        assertEquals("Leader:nguyen-phu-trong", key(edges("Trong", 1).get(0)));
        assertEquals(Set.of("Leader:nguyen-phu-trong", "Event:trong-third-tenure", "Event:bamboo-diplomacy-coined-2021-12"),
                topThree("Trong"));
    }

    @Test
    void spellingsCaseDiacriticsAndWordFormsFindTheSame() {
        assertEquals(topThree("South China Sea"), topThree("SOUTH china sea"));
        assertEquals(topThree("Nguyen Phu Trong"), topThree("Nguyễn Phú Trọng"));
        assertEquals(topThree("oil rig"), topThree("oil rigs"));
        // "partnerships" meets "partnership": the same records, whichever form is typed.
        assertEquals(keys("partnership", 100), keys("partnerships", 100));
        assertFalse(keys("partnerships", 100).isEmpty());
        // Every word must be in one text: a word nobody wrote finds nothing.
        assertTrue(edges("oil rig xylophone", 20).isEmpty());
    }

    private static List<String> keys(String text, int first) {
        List<String> keys = new ArrayList<>();
        edges(text, first).forEach(e -> keys.add(key(e)));
        return keys;
    }

    @Test
    void highlightsMarkTheQueryWordsInThePlainSnippet() {
        for (String text : List.of("South China Sea", "oil rig", "Trong", "comprehensive strategic partnership")) {
            Set<String> terms = new HashSet<>(Words.terms(text));
            for (Map<String, Object> edge : edges(text, 20)) {
                String snippet = (String) edge.get("snippet");
                assertFalse(snippet.contains("<"), snippet);
                @SuppressWarnings("unchecked")
                List<Map<String, Integer>> ranges = (List<Map<String, Integer>>) edge.get("highlights");
                assertFalse(ranges.isEmpty(), "no highlight in " + snippet);
                for (Map<String, Integer> range : ranges) {
                    String word = snippet.substring(range.get("start"), range.get("end"));
                    assertTrue(terms.containsAll(Words.terms(word)) && !Words.terms(word).isEmpty(),
                            "'" + word + "' highlighted in '" + snippet + "' for " + text);
                }
                assertTrue(snippet.length() <= Ranking.SNIPPET + 2, snippet);
            }
        }
    }

    @Test
    void aCitationHitAnswersTheRecordThatCarriesIt() {
        // "Haiyang Shiyou" is in the standoff's title, and in excerpts cited by other records.
        List<Map<String, Object>> hits = edges("placed the oil rig within", 20);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(e -> List.of("sources", "description", "text", "title").contains(e.get("field"))));
        graphql(SEARCH, Map.of("text", "Hanoi", "types", List.of("VISIT"), "first", 50)).body("errors", nullValue())
                .body("data.search.edges.node.__typename", everyItem(equalTo("Visit")))
                .body("data.search.edges.node.id", hasItem("biden-vietnam-2023"));
    }

    @Test
    void pagesWalkTheRankedListEndToEnd() {
        List<String> whole = keys("Trong", 100);
        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("text", "Trong");
            variables.put("first", 7);
            variables.put("after", after);
            var page = graphql(SEARCH, variables).body("errors", nullValue()).extract();
            List<Map<String, Object>> edges = page.path("data.search.edges");
            edges.forEach(e -> walked.add(key(e)));
            assertEquals(whole.size(), (int) page.path("data.search.totalCount"));
            after = page.path("data.search.pageInfo.hasNextPage") ? page.path("data.search.pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 50);
        assertEquals(whole, walked);
        assertEquals(whole.size(), new HashSet<>(walked).size(), "a record twice: " + walked);
        List<Double> scores = edges("Trong", 100).stream().map(e -> ((Number) e.get("score")).doubleValue()).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "out of order: " + scores);
        }
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String visitsCursor = graphql("{ visits(first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.visits.pageInfo.endCursor");
        graphql(SEARCH, Map.of("text", "Trong", "after", visitsCursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("after"));
        String searchCursor = graphql(SEARCH, Map.of("text", "Trong", "first", 1))
                .extract().path("data.search.pageInfo.endCursor");
        graphql("query($after: String) { visits(after: $after) { totalCount } }", Map.of("after", searchCursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void badTextIsRefusedWithItsArgument() {
        for (String text : List.of("", "   ", "…!?", "x".repeat(Search.MAX_LENGTH + 1))) {
            graphql(SEARCH, Map.of("text", text))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.argument", equalTo("text"))
                    .body("errors[0].message", not(org.hamcrest.Matchers.containsString("org.")));
        }
        graphql(SEARCH, Map.of("text", "Trong", "first", 101))
                .body("errors[0].extensions.argument", equalTo("first"));
        // Stop words alone are in every text: they find nothing, rather than everything.
        graphql(SEARCH, Map.of("text", "the of and")).body("errors", nullValue())
                .body("data.search.totalCount", equalTo(0));
    }

    @Test
    void statementsPerSearchAreBounded() {
        var statistics = sessionFactory.getStatistics();
        for (String text : List.of("Trong", "Vietnam", "South China Sea", "partnership")) {
            long before = statistics.getPrepareStatementCount();
            graphql("query($t: String!) { search(text: $t, first: 100) { totalCount edges { node { __typename "
                    + "... on Visit { id } ... on Leader { id } ... on Event { id } } } } }", Map.of("t", text))
                    .body("errors", nullValue());
            long count = statistics.getPrepareStatementCount() - before;
            // To find the texts one (PostgreSQL) or two (H2: the terms' lists, then the texts), at most one per kind
            // of record to read the page's records.
            assertTrue(count <= 2 + SearchType.values().length, text + ": " + count + " statements");
        }
    }

    @Test
    void foldingIsTheFoldingOfNames() {
        assertEquals(NameKey.of("Nguyễn Phú Trọng"), Words.folded("Nguyễn Phú Trọng"));
        assertEquals(List.of("partnership", "rig", "visit"), Words.terms("the Partnerships of rigs, visited"));
    }
}
