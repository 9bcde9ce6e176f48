package org.bamboograph.stats;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A visit written over GraphQL counts in the year it starts, and moves group when an update moves its date. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class StartYearWritesTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"Trong invited Xi to visit Vietnam\", "
            + "supports: [\"guest\", \"hostState\", \"date\"]}]";

    /** The year of each group holding the visit {@code id} among Xi Jinping's visits ("-" for undated). */
    private static Map<String, Integer> groupsHolding(String id) {
        JsonPath answer = graphql("{ visitStats(guest: \"Xi Jinping\", groupBy: [YEAR]) { year count "
                + "visits(first: 100) { edges { node { id } } } } }").body("errors", nullValue()).extract().jsonPath();
        Map<String, Integer> years = new TreeMap<>();
        List<Map<String, Object>> groups = answer.getList("data.visitStats");
        for (int i = 0; i < groups.size(); i++) {
            if (answer.getList("data.visitStats[" + i + "].visits.edges.node.id").contains(id)) {
                Object year = answer.get("data.visitStats[" + i + "].year");
                years.put(year == null ? "-" : year.toString(), answer.getInt("data.visitStats[" + i + "].count"));
            }
        }
        return years;
    }

    private static int count(String year) {
        JsonPath answer = graphql("{ visitStats(guest: \"Xi Jinping\", groupBy: [YEAR]) { year count } }")
                .body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> groups = answer.getList("data.visitStats");
        return groups.stream().filter(g -> String.valueOf(g.get("year")).equals(year))
                .mapToInt(g -> (Integer) g.get("count")).sum();
    }

    @Test
    void aWrittenVisitCountsInTheYearItStarts() {
        int before2015 = count("2015");
        int beforeUndated = count("null");
        asEditor("mutation { createVisit(input: {id: \"w-year\", guest: \"xi-jinping\", hostState: \"VNM\", "
                + "date: \"2015-12-30\", endDate: \"2016-01-02\", " + CITE.replace("\"date\"", "\"date\", \"endDate\"")
                + "}) { id } }").body("errors", nullValue());
        try {
            // A span of 30 December to 2 January counts in its first year.
            assertEquals(Map.of("2015", before2015 + 1), groupsHolding("w-year"));
            asEditor("mutation { updateVisit(id: \"w-year\", version: 0, input: {guest: \"xi-jinping\", "
                    + "hostState: \"VNM\", " + CITE + "}) { version } }").body("errors", nullValue());
            assertEquals(Map.of("-", beforeUndated + 1), groupsHolding("w-year"));
            assertEquals(before2015, count("2015"));
        } finally {
            asEditor("mutation { deleteVisit(id: \"w-year\", version: 1) }");
        }
    }
}
