package org.bamboograph.query;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** orderBy on every connection: pages walked end to end under each order, ties by id, cursors bound to their order. */
@QuarkusTest
class OrderByTest {

    private record Walk(List<Map<String, Object>> nodes, int total) {
    }

    /** Walks a whole list in pages of {@code size}, and checks the walk against one page of everything. */
    private static Walk walk(String list, String order, String fields, int size) {
        String query = "query($after: String, $first: Int) { " + list + "(orderBy: " + order + ", first: $first, "
                + "after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { " + fields + " } } } }";
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        int total = 0;
        for (int pages = 0; pages < 200; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            variables.put("first", size);
            var page = graphql(query, variables).body("errors", nullValue()).extract();
            List<Map<String, Object>> edges = page.path("data." + list + ".edges");
            edges.forEach(e -> nodes.add(asMap(e.get("node"))));
            total = page.path("data." + list + ".totalCount");
            if (!(boolean) page.path("data." + list + ".pageInfo.hasNextPage")) {
                break;
            }
            after = page.path("data." + list + ".pageInfo.endCursor");
        }
        assertEquals(total, nodes.size(), list + " " + order + ": walked " + nodes.size() + " of " + total);
        Map<String, Object> all = new HashMap<>();
        all.put("first", 100);
        List<Map<String, Object>> whole = graphql(query, all).extract().path("data." + list + ".edges.node");
        if (total <= 100) {
            assertEquals(whole, nodes, list + " " + order + ": pages differ from the whole list");
        }
        assertEquals(nodes.size(), new HashSet<>(nodes).size(), list + " " + order + ": a row twice");
        return new Walk(nodes, total);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }

    private static String text(Map<String, Object> node, String key) {
        Object value = node.get(key);
        if (value instanceof Map<?, ?> nested) {
            return (String) nested.values().iterator().next();
        }
        return (String) value;
    }

    /** Sorted by {@code key} (nulls last when {@code nullsLast}), then by id ascending. */
    private static void assertSorted(List<Map<String, Object>> nodes, String key, String id, boolean descending) {
        Comparator<String> keys = Comparator.nullsLast(descending ? Comparator.<String>reverseOrder()
                : Comparator.<String>naturalOrder());
        for (int i = 1; i < nodes.size(); i++) {
            Map<String, Object> a = nodes.get(i - 1);
            Map<String, Object> b = nodes.get(i);
            int c = keys.compare(text(a, key), text(b, key));
            assertTrue(c < 0 || c == 0 && text(a, id).compareTo(text(b, id)) < 0,
                    "out of order by " + key + ": " + a + " before " + b);
        }
    }

    @Test
    void visitsEachWay() {
        Walk asc = walk("visits", "[DATE_ASC]", "id date", 7);
        Walk desc = walk("visits", "[DATE_DESC]", "id date", 7);
        assertEquals(asc.total(), desc.total());
        List<Map<String, Object>> datedAsc = asc.nodes().stream().filter(n -> n.get("date") != null).toList();
        List<Map<String, Object>> datedDesc = desc.nodes().stream().filter(n -> n.get("date") != null).toList();
        // Undated last both ways; the dated years run the other way.
        assertTrue(desc.nodes().subList(datedDesc.size(), desc.nodes().size()).stream().allMatch(n -> n.get("date") == null));
        assertTrue(text(datedDesc.get(0), "date").compareTo(text(datedAsc.get(0), "date")) > 0);
        assertSorted(walk("visits", "[GUEST_NAME]", "id guest { name }", 6).nodes(), "guest", "id", false);
        assertSorted(walk("visits", "[HOST_STATE]", "id hostState { code }", 6).nodes(), "hostState", "id", false);
        // The default is today's order, and its cursors are those of before.
        assertEquals(asc.nodes(), walk("visits", "[]", "id date", 7).nodes());
    }

    @Test
    void everyOtherConnection() {
        assertSorted(walk("leaders", "[NAME_ASC]", "id name", 9).nodes(), "name", "id", false);
        assertSorted(walk("leaders", "[NAME_DESC]", "id name", 9).nodes(), "name", "id", true);
        assertSorted(walk("leaders", "[STATE]", "id state { code }", 9).nodes(), "state", "id", false);
        assertSorted(walk("states", "[NAME_ASC]", "code name", 8).nodes(), "name", "code", false);
        assertSorted(walk("states", "[CODE_DESC]", "code", 8).nodes(), "code", "code", true);
        assertSorted(walk("agreements", "[TITLE]", "id title", 6).nodes(), "title", "id", false);
        assertSorted(walk("events", "[TITLE]", "id title", 6).nodes(), "title", "id", false);
        assertSorted(walk("statements", "[SPEAKER_NAME]", "id speakerName", 5).nodes(), "speakerName", "id", false);
        walk("agreements", "[DATE_DESC]", "id date", 6);
        walk("events", "[DATE_DESC, TITLE]", "id date title", 6);
        walk("statements", "[DATE_DESC]", "id date", 5);
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String byName = graphql("{ visits(orderBy: [GUEST_NAME], first: 2) { pageInfo { endCursor } } }")
                .extract().path("data.visits.pageInfo.endCursor");
        String byDefault = graphql("{ visits(first: 2) { pageInfo { endCursor } } }")
                .extract().path("data.visits.pageInfo.endCursor");
        graphql("query($a: String) { visits(orderBy: [GUEST_NAME], after: $a) { totalCount } }", Map.of("a", byName))
                .body("errors", nullValue());
        for (var attempt : List.of(List.of("[DATE_DESC]", byName), List.of("[]", byName),
                List.of("[GUEST_NAME]", byDefault), List.of("[GUEST_NAME, DATE_ASC]", byName))) {
            graphql("query($a: String) { visits(orderBy: " + attempt.get(0) + ", after: $a) { totalCount } }",
                    Map.of("a", attempt.get(1)))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.argument", equalTo("after"));
        }
    }

    @Test
    void newFilters() {
        graphql("{ visits(city: \"HANOI\", first: 100) { edges { node { city } } } }").body("errors", nullValue())
                .body("data.visits.edges.node.city", org.hamcrest.Matchers.everyItem(equalTo("Hanoi")))
                .body("data.visits.edges.size()", org.hamcrest.Matchers.greaterThan(0));
        int all = graphql("{ visits(first: 0) { totalCount } }").extract().path("data.visits.totalCount");
        int withAgreement = graphql("{ visits(resultedInAgreement: true, first: 0) { totalCount } }")
                .extract().path("data.visits.totalCount");
        int without = graphql("{ visits(resultedInAgreement: false, first: 0) { totalCount } }")
                .extract().path("data.visits.totalCount");
        assertEquals(all, withAgreement + without);
        assertTrue(withAgreement > 0);
        graphql("{ visits(resultedInAgreement: true, first: 100) { edges { node { resultingAgreements { id } } } } }")
                .body("data.visits.edges.findAll { it.node.resultingAgreements.isEmpty() }.size()", equalTo(0));
        graphql("{ agreements(title: \"STRATEGIC partnership\", first: 100) { edges { node { title } } } }")
                .body("data.agreements.edges.node.title", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.containsStringIgnoringCase("strategic partnership")))
                .body("data.agreements.edges.size()", org.hamcrest.Matchers.greaterThan(0));
        graphql("{ events(kind: MARITIME_INCIDENT, first: 100) { edges { node { kind } } } }").body("errors", nullValue())
                .body("data.events.edges.node.kind", org.hamcrest.Matchers.everyItem(equalTo("MARITIME_INCIDENT")));
        graphql("{ states(kind: ORGANIZATION, first: 100) { edges { node { kind } } } }")
                .body("data.states.edges.node.kind", org.hamcrest.Matchers.everyItem(equalTo("ORGANIZATION")));
        graphql("{ states(name: \"testland\", first: 100) { edges { node { code } } } }")
                .body("data.states.edges.node.code", org.hamcrest.Matchers.contains("XTA", "XTB"));
        graphql("{ leaders(office: \"general SECRETARY\", first: 100) { edges { node { offices { title } } } } }")
                .body("errors", nullValue())
                .body("data.leaders.edges.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("data.leaders.edges.node.offices.title.flatten().findAll { it.toLowerCase().contains('general secretary') }.size()",
                        org.hamcrest.Matchers.greaterThan(0));
        graphql("{ visits(purpose: \"zzz-nothing\", first: 0) { totalCount } }").body("data.visits.totalCount", equalTo(0));
    }
}
