package org.bamboograph.stats;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Grouped counts over GraphQL against counts this test makes itself from the curated data file, on a database that
 * holds nothing else.
 */
@QuarkusTest
@TestProfile(CuratedOnlyProfile.class)
class StatsTest {

    @Inject
    SessionFactory sessionFactory;

    private static JsonPath ok(String query) {
        return graphql(query).body("errors", nullValue()).extract().jsonPath();
    }

    /** "key|key → count" of the answer's groups, keys read at {@code paths} of each group ("-" for null). */
    private static Map<String, Integer> groups(JsonPath answer, String list, String... paths) {
        Map<String, Integer> counts = new TreeMap<>();
        List<Map<String, Object>> rows = answer.getList(list);
        for (int i = 0; i < rows.size(); i++) {
            List<String> key = new ArrayList<>();
            for (String path : paths) {
                Object value = answer.get(list + "[" + i + "]." + path);
                key.add(value == null ? "-" : value.toString());
            }
            counts.put(String.join("|", key), answer.getInt(list + "[" + i + "].count"));
        }
        return counts;
    }

    private static String key(Object... values) {
        List<String> key = new ArrayList<>();
        for (Object value : values) {
            key.add(value == null ? "-" : value.toString());
        }
        return String.join("|", key);
    }

    @Test
    void visitsByYearAndHostStateAreTheFilesCounts() {
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode visit : CuratedFile.list("visits")) {
            expected.merge(key(CuratedFile.year(visit), visit.path("hostState").asText()), 1, Integer::sum);
        }
        JsonPath answer = ok("{ visitStats(groupBy: [YEAR, HOST_STATE]) { year hostState { code } count } }");
        assertEquals(expected, groups(answer, "data.visitStats", "year", "hostState.code"));
        // Undated visits form their own group, last.
        List<Object> years = answer.getList("data.visitStats.year");
        assertEquals(null, years.get(years.size() - 1));
    }

    @Test
    void visitsByGuestStateAndDecadeAreTheFilesCounts() {
        Map<String, String> leaderStates = CuratedFile.leaderStates();
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode visit : CuratedFile.list("visits")) {
            Integer year = CuratedFile.year(visit);
            expected.merge(key(leaderStates.get(visit.path("guest").asText()), year == null ? null : year / 10 * 10),
                    1, Integer::sum);
        }
        JsonPath answer = ok("{ visitStats(groupBy: [GUEST_STATE, DECADE]) { guestState { code } decade year count } }");
        assertEquals(expected, groups(answer, "data.visitStats", "guestState.code", "decade"));
        assertEquals(List.of(), answer.getList("data.visitStats.year").stream().filter(y -> y != null).toList(),
                "year is null where the stats are not grouped by it");
    }

    @Test
    void filtersAreTheListsFilters() {
        // Visits of Vietnamese guests that overlap 2011-2022, by guest: the same visits the list query finds.
        JsonPath stats = ok("""
                { visitStats(guestState: "vnm", from: "2011", to: "2022", groupBy: [GUEST]) {
                    guest { id } count visits(first: 100) { totalCount edges { node { id } } } } }""");
        JsonPath list = ok("""
                { visits(guestState: "VNM", from: "2011", to: "2022", first: 100) { edges { node { id guest { id } } } } }""");
        Map<String, Integer> byGuest = new TreeMap<>();
        for (Object guest : list.getList("data.visits.edges.node.guest.id")) {
            byGuest.merge(guest.toString(), 1, Integer::sum);
        }
        assertEquals(byGuest, groups(stats, "data.visitStats", "guest.id"));
        List<String> paged = new ArrayList<>();
        stats.getList("data.visitStats.visits.edges.node.id", List.class).forEach(ids -> ids.forEach(id -> paged.add(id.toString())));
        List<String> listed = list.getList("data.visits.edges.node.id", String.class);
        assertEquals(listed.stream().sorted().toList(), paged.stream().sorted().toList());
        assertEquals(stats.getList("data.visitStats.count"), stats.getList("data.visitStats.visits.totalCount"));
    }

    @Test
    void eachGroupPagesThroughTheRecordsItCounted() {
        JsonPath first = ok("""
                { visitStats(hostState: "CHN", groupBy: []) { count visits(first: 2) {
                    pageInfo { hasNextPage endCursor } edges { node { id hostState { code } } } } } }""");
        int count = first.getInt("data.visitStats[0].count");
        long inFile = CuratedFile.list("visits").stream().filter(v -> v.path("hostState").asText().equals("CHN")).count();
        assertEquals(inFile, count);
        List<String> ids = new ArrayList<>(first.getList("data.visitStats[0].visits.edges.node.id", String.class));
        String cursor = first.getString("data.visitStats[0].visits.pageInfo.endCursor");
        while (first.getBoolean("data.visitStats[0].visits.pageInfo.hasNextPage")) {
            first = ok("{ visitStats(hostState: \"CHN\", groupBy: []) { visits(first: 2, after: \"" + cursor + "\") {"
                    + " pageInfo { hasNextPage endCursor } edges { node { id } } } } }");
            ids.addAll(first.getList("data.visitStats[0].visits.edges.node.id", String.class));
            cursor = first.getString("data.visitStats[0].visits.pageInfo.endCursor");
        }
        assertEquals(count, ids.size());
        assertEquals(count, ids.stream().distinct().count());
    }

    @Test
    void agreementsPerPartyAndPerPairAreTheFilesCounts() {
        Map<String, Integer> perParty = new TreeMap<>();
        Map<String, Integer> perPair = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        for (JsonNode agreement : CuratedFile.list("agreements")) {
            List<String> parties = CuratedFile.texts(agreement, "parties").stream().sorted().toList();
            parties.forEach(p -> perParty.merge(p, 1, Integer::sum));
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    perPair.merge(key(parties.get(i), parties.get(j)), 1, Integer::sum);
                }
            }
            perKind.merge(key(agreement.path("kind").asText(), CuratedFile.year(agreement)), 1, Integer::sum);
        }
        assertEquals(perParty, groups(ok("{ agreementStats(groupBy: [PARTY]) { party { code } count } }"),
                "data.agreementStats", "party.code"));
        assertEquals(perPair, groups(ok("{ agreementStats(groupBy: [PARTY_PAIR]) { parties { code } count } }"),
                "data.agreementStats", "parties[0].code", "parties[1].code"));
        assertEquals(perKind, groups(ok("{ agreementStats(groupBy: [KIND, YEAR]) { kind year count } }"),
                "data.agreementStats", "kind", "year"));
        // A pair group's connection holds the agreements of that pair only.
        JsonPath pair = ok("""
                { agreementStats(party: "CHN", groupBy: [PARTY_PAIR]) { parties { code } count
                    agreements(first: 100) { edges { node { parties { code } } } } } }""");
        List<Map<String, Object>> rows = pair.getList("data.agreementStats");
        for (int i = 0; i < rows.size(); i++) {
            List<String> codes = pair.getList("data.agreementStats[" + i + "].parties.code", String.class);
            List<List<String>> members = pair.getList("data.agreementStats[" + i + "].agreements.edges.node.parties.code");
            assertEquals(pair.getInt("data.agreementStats[" + i + "].count"), members.size());
            members.forEach(m -> assertTrue(m.containsAll(codes), m + " lacks " + codes));
        }
    }

    @Test
    void statementsAndEventsAreTheFilesCounts() {
        Map<String, Integer> about = new TreeMap<>();
        for (JsonNode statement : CuratedFile.list("statements")) {
            List<String> codes = CuratedFile.texts(statement, "about");
            if (codes.isEmpty()) {
                about.merge(key((Object) null), 1, Integer::sum);
            }
            codes.forEach(c -> about.merge(c, 1, Integer::sum));
        }
        assertEquals(about, groups(ok("{ statementStats(groupBy: [ABOUT]) { about { code } count } }"),
                "data.statementStats", "about.code"));
        Map<String, Integer> speakers = new TreeMap<>();
        for (JsonNode statement : CuratedFile.list("statements")) {
            List<String> ids = CuratedFile.texts(statement, "speakers");
            if (ids.isEmpty()) {
                speakers.merge(key(CuratedFile.year(statement), null), 1, Integer::sum);
            }
            ids.forEach(id -> speakers.merge(key(CuratedFile.year(statement), id), 1, Integer::sum));
        }
        assertEquals(speakers, groups(ok("{ statementStats(groupBy: [YEAR, SPEAKER]) { year speaker { id } count } }"),
                "data.statementStats", "year", "speaker.id"));
        Map<String, Integer> events = new TreeMap<>();
        for (JsonNode event : CuratedFile.list("events")) {
            List<String> codes = CuratedFile.texts(event, "states");
            Integer year = CuratedFile.year(event);
            Object decade = year == null ? null : year / 10 * 10;
            if (codes.isEmpty()) {
                events.merge(key(decade, null, event.path("kind").asText()), 1, Integer::sum);
            }
            codes.forEach(c -> events.merge(key(decade, c, event.path("kind").asText()), 1, Integer::sum));
        }
        assertEquals(events, groups(ok("{ eventStats(groupBy: [DECADE, STATE, KIND]) { decade state { code } kind count } }"),
                "data.eventStats", "decade", "state.code", "kind"));
    }

    @Test
    void badArgumentsAreCoded() {
        graphql("{ visitStats(from: \"2023-13\", groupBy: [YEAR]) { count } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("from"));
        graphql("{ agreementStats(groupBy: [PARTY, PARTY_PAIR]) { count } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("groupBy"));
        graphql("{ visitStats(groupBy: [YEAR]) { visits(first: 101) { totalCount } } }")
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("first"));
        graphql("{ visitStats(groupBy: [CENTURY]) { count } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void groupsCostStatementsByDepthNotByGroups() {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        ok("{ visitStats(groupBy: [YEAR, HOST_STATE]) { year hostState { code } count } }");
        assertEquals(2, statistics.getPrepareStatementCount() - before, "the counts, then the host states");
        before = statistics.getPrepareStatementCount();
        ok("""
                { visitStats(groupBy: [YEAR, GUEST]) { year guest { name } count
                    visits(first: 3) { edges { node { id hostState { code } } } } } }""");
        assertEquals(4, statistics.getPrepareStatementCount() - before,
                "the counts, the guests, every group's visits, their host states");
    }

    /**
     * Walks every group's connection of {@code field} a page of {@code size} at a time, all groups in the same request
     * with the same cursor, and returns each group's records ("key → ids") in the order paged. Asserts that every
     * round costs the same statements however many groups still have records, and that each group's pageInfo agrees
     * with its count.
     */
    private Map<String, List<String>> walk(String field, String args, String keyFields, String keyPath, String list,
            int size, long statementsPerRound) {
        Statistics statistics = sessionFactory.getStatistics();
        Map<String, List<String>> paged = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        String after = "";
        boolean more = true;
        int rounds = 0;
        while (more) {
            long before = statistics.getPrepareStatementCount();
            JsonPath page = ok("{ " + field + "(" + args + ") { " + keyFields + " count " + list + "(first: " + size
                    + after + ") { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }");
            assertEquals(statementsPerRound, statistics.getPrepareStatementCount() - before,
                    "round " + rounds + ": the counts, the keys' records, one read of every group's page");
            more = false;
            String cursor = null;
            List<Map<String, Object>> groups = page.getList("data." + field);
            for (int g = 0; g < groups.size(); g++) {
                String at = "data." + field + "[" + g + "].";
                Object value = page.get(at + keyPath);
                String key = value == null ? "-" : value.toString();
                int count = page.getInt(at + "count");
                counts.put(key, count);
                assertEquals(count, page.getInt(at + list + ".totalCount"));
                List<String> ids = page.getList(at + list + ".edges.node.id", String.class);
                List<String> seen = paged.computeIfAbsent(key, k -> new ArrayList<>());
                assertEquals(Math.min(size, Math.max(0, count - seen.size())), ids.size(), key + " round " + rounds);
                seen.addAll(ids);
                boolean groupMore = page.getBoolean(at + list + ".pageInfo.hasNextPage");
                assertEquals(seen.size() < count, groupMore, key + " round " + rounds);
                if (groupMore) {
                    more = true;
                    cursor = page.getString(at + list + ".pageInfo.endCursor");
                }
            }
            after = cursor == null ? "" : ", after: \"" + cursor + "\"";
            rounds++;
        }
        assertTrue(rounds > 1, "some group is longer than a page");
        paged.forEach((key, ids) -> assertEquals(counts.get(key), ids.size(), key));
        return paged;
    }

    @Test
    void everyGroupPagesThroughItsRecordsInTheListsOrder() {
        Map<String, List<String>> byHost = walk("visitStats", "groupBy: [HOST_STATE]", "hostState { code }",
                "hostState.code", "visits", 2, 3);
        Map<String, Long> inFile = new TreeMap<>();
        CuratedFile.list("visits").forEach(v -> inFile.merge(v.path("hostState").asText(), 1L, Long::sum));
        assertEquals(inFile.keySet(), byHost.keySet());
        assertTrue(inFile.values().stream().anyMatch(n -> n > 2), "a host state with more visits than a page");
        for (Map.Entry<String, List<String>> group : byHost.entrySet()) {
            List<String> listed = ok("{ visits(hostState: \"" + group.getKey() + "\", first: 100) { edges { node { id } } } }")
                    .getList("data.visits.edges.node.id", String.class);
            assertEquals(listed, group.getValue(), group.getKey());
        }
    }

    @Test
    void everyPartyPagesThroughItsAgreements() {
        // An agreement counts under each of its parties: each party's pages hold exactly its agreements.
        Map<String, List<String>> byParty = walk("agreementStats", "groupBy: [PARTY]", "party { code }", "party.code",
                "agreements", 1, 3);
        Map<String, List<String>> inFile = new TreeMap<>();
        for (JsonNode agreement : CuratedFile.list("agreements")) {
            CuratedFile.texts(agreement, "parties").forEach(
                    p -> inFile.computeIfAbsent(p, k -> new ArrayList<>()).add(agreement.path("id").asText()));
        }
        assertEquals(inFile.keySet(), byParty.keySet());
        byParty.forEach((party, ids) -> assertEquals(inFile.get(party).stream().sorted().toList(),
                ids.stream().sorted().toList(), party));
    }
}
