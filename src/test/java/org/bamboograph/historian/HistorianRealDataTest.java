package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.bamboograph.paging.Cursor;
import org.bamboograph.value.PartialDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Imports every file of the real Office of the Historian datasets and checks the graph against the files. The data
 * stays out of this repository: where the shared folder is absent the test is skipped and says why.
 */
@QuarkusTest
@TestProfile(RealDataProfile.class)
class HistorianRealDataTest {

    private static final String IMPORT = """
            mutation { importHistorianRecords(path: ".") { files recordsRead created updated skipped merged millis } }""";

    private static JsonPath firstImport;

    /** Runs first in every test (the application of this profile is up only once a test runs); imports once. */
    @BeforeEach
    void importOnce() {
        Path dir = Path.of(RealDataProfile.historianDir());
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: the historian datasets are not at " + dir.toAbsolutePath());
        if (firstImport == null) {
            firstImport = asEditor(IMPORT).body("errors", nullValue()).extract().jsonPath();
        }
    }

    /** Records counted straight from the files, without the importer's parser. */
    private static Map<String, Integer> recordsInFiles() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Pattern record = Pattern.compile("<visit>|<trip\\s");
        try (Stream<Path> files = Files.walk(Path.of(RealDataProfile.historianDir()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Matcher m = record.matcher(Files.readString(file));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                counts.merge(file.getParent().getFileName().toString(), n, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void everyRecordOfTheFilesIsReadAndBecomesAVisit() throws IOException {
        Map<String, Integer> inFiles = recordsInFiles();
        assertEquals(3264, inFiles.get("visits"));
        assertEquals(832, inFiles.get("president-travels"));
        assertEquals(3264 + 832, firstImport.getInt("data.importHistorianRecords.recordsRead"));
        int created = firstImport.getInt("data.importHistorianRecords.created");
        int merged = firstImport.getInt("data.importHistorianRecords.merged");
        // Biden's 2023 and Clinton's 2000 trips to Vietnam are the curated visits of the same trips.
        assertEquals(2, merged);
        // A few visitor strings name two people ("President … and Prime Minister …"): one visit each.
        assertTrue(created + merged >= 4096 && created + merged < 4096 + 30, "person-visits: " + (created + merged));
        int curatedAndFixtures = 13;
        graphql("{ visits(first: 0) { totalCount } }")
                .body("data.visits.totalCount", equalTo(curatedAndFixtures + created));
    }

    @Test
    void importingAgainChangesNothing() {
        int created = firstImport.getInt("data.importHistorianRecords.created");
        int merged = firstImport.getInt("data.importHistorianRecords.merged");
        asEditor(IMPORT)
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0))
                .body("data.importHistorianRecords.skipped", equalTo(created + merged));
    }

    @Test
    void obamasTripsIncludeVietnamIn2016() {
        graphql("{ leader(name: \"Barack Obama\") { visits { date hostState { code } city } } }")
                .body("data.leader.visits.size()", greaterThan(100))
                .body("data.leader.visits.find { it.hostState.code == 'VNM' }.date", equalTo("2016-05-23"))
                .body("data.leader.visits.find { it.hostState.code == 'VNM' }.city", equalTo("Hanoi, Ho Chi Minh City"));
    }

    @Test
    void bidensHanoiVisitIsOneVisitWithBothSources() {
        graphql("{ visits(guest: \"Joe Biden\", hostState: \"VNM\") { totalCount edges { node { city date endDate "
                + "sources { source { id } } } } } }")
                .body("data.visits.totalCount", equalTo(1))
                .body("data.visits.edges[0].node.city", equalTo("Hanoi"))
                .body("data.visits.edges[0].node.date", equalTo("2023-09-10"))
                .body("data.visits.edges[0].node.endDate", equalTo("2023-09-11"))
                .body("data.visits.edges[0].node.sources.source.id", hasItems("article-000", "historian-travels-president"));
        graphql("{ leader(name: \"Joseph R. Biden\") { id aliases } }")
                .body("data.leader.id", equalTo("joe-biden"))
                .body("data.leader.aliases", hasItems("Joseph R. Biden"));
        graphql("{ leader(name: \"William J. Clinton\") { id } }").body("data.leader.id", equalTo("bill-clinton"));
    }

    @Test
    void visitsToTheUnitedStatesInThe2010sPageThroughHundreds() {
        String query = "query($after: String) { visits(hostState: \"USA\", from: \"2010\", to: \"2019\", first: 100, "
                + "after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { date } } } }";
        Map<String, Object> variables = new HashMap<>();
        List<String> dates = new ArrayList<>();
        int total;
        do {
            JsonPath page = graphql(query, variables).body("errors", nullValue()).extract().jsonPath();
            total = page.getInt("data.visits.totalCount");
            dates.addAll(page.getList("data.visits.edges.node.date"));
            variables.put("after", page.getBoolean("data.visits.pageInfo.hasNextPage")
                    ? page.getString("data.visits.pageInfo.endCursor") : null);
        } while (variables.get("after") != null);
        assertTrue(total > 300, "visits to the USA in the 2010s: " + total);
        assertEquals(total, dates.size());
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(!start(dates.get(i)).isBefore(start(dates.get(i - 1))), "date order at " + i);
        }
        assertTrue(dates.get(0).startsWith("2010") && dates.get(dates.size() - 1).startsWith("2019"));
    }

    private static LocalDate start(String date) {
        return PartialDate.parse(date).start();
    }

    @Inject
    SessionFactory sessionFactory;

    /** With thousands of visits in the graph, the SQL per request still depends on the query's depth alone. */
    @Test
    void theWidestPageCostsOneStatementPerLevel() {
        String query = """
                query($first: Int) { visits(first: $first) { totalCount edges { node {
                  guest { name state { code } offices { title } } hostState { name }
                  resultingAgreements { kind parties { code } } sources { excerpt source { title } } } } } }""";
        Statistics statistics = sessionFactory.getStatistics();
        for (int first : new int[] { 10, 50, 100 }) {
            for (String after : new String[] { null, Cursor.encode(2000) }) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("first", first);
                long before = statistics.getPrepareStatementCount();
                graphql(query.replace("visits(first: $first)", after == null ? "visits(first: $first)"
                        : "visits(first: $first, after: \"" + after + "\")"), variables).body("errors", nullValue());
                long statements = statistics.getPrepareStatementCount() - before;
                assertTrue(statements <= 10, first + " visits after " + after + ": " + statements + " statements");
            }
        }
    }

    @Test
    void vietnamReceivedItsVisitorsInDateOrder() {
        graphql("{ state(code: \"VNM\") { visitsReceived { guest { name } date } } }")
                .body("data.state.visitsReceived.guest.name", hasItems("Lyndon B. Johnson", "Richard M. Nixon",
                        "Bill Clinton", "George W. Bush", "Barack Obama", "Donald J. Trump", "Joe Biden", "Xi Jinping"))
                .body("data.state.visitsReceived[-1].date", nullValue());
    }

    @Test
    void vaclavHavelIsOneLeaderWithHisOfficesOfBothStates() {
        graphql("{ leaders(name: \"Vaclav Havel\") { totalCount edges { node { state { code } offices { title state { code } } "
                + "visits { date } } } } }")
                .body("data.leaders.totalCount", equalTo(1))
                .body("data.leaders.edges[0].node.state.code", equalTo("CZE"))
                .body("data.leaders.edges[0].node.offices.state.code", hasItems("CSK", "CZE"))
                .body("data.leaders.edges[0].node.visits.size()", equalTo(8));
        graphql("{ leader(name: \"Vaclav Havel\") { name } }").body("errors", nullValue())
                .body("data.leader.name", equalTo("Vaclav Havel"));
    }

    @Test
    void presidentsHoldEachTermOnceAndNoUndatedCopy() {
        graphql("{ leader(name: \"Donald J. Trump\") { offices { title from to } } }")
                .body("data.leader.offices.findAll { it.title == 'President of the United States' }.from",
                        contains("2017-01-20", "2025-01-20"))
                .body("data.leader.offices.findAll { it.title == 'President of the United States' }.to",
                        contains("2021-01-20", null));
        // Carter's trips all fall in his term; Eisenhower's first (Korea, December 1952) before his.
        for (String name : new String[] { "Jimmy Carter", "Dwight D. Eisenhower" }) {
            graphql("{ leader(name: \"" + name + "\") { offices { title from } } }")
                    .body("data.leader.offices.findAll { it.title == 'President of the United States' }.size()",
                            equalTo(1));
        }
    }

    @Test
    void namesAsPeopleTypeThem() {
        // The parenthesis is an alias: whichever spelling came first, both find the one leader.
        for (String[] pair : new String[][] { { "Wim Kok", "Willem (Wim) Kok" },
                { "Xanana Gusmao", "Jose Alexander (Xanana) Gusmao" }, { "Ruud Lubbers", "Rudolphus F. M. (Ruud) Lubbers" } }) {
            JsonPath both = graphql("{ a: leader(name: \"" + pair[0] + "\") { id aliases name } b: leader(name: \"" + pair[1]
                    + "\") { id } }").body("errors", nullValue()).extract().jsonPath();
            assertEquals(both.getString("data.b.id"), both.getString("data.a.id"), pair[0]);
        }
        graphql("{ leader(name: \"Rudolphus Lubbers\") { name } }")
                .body("data.leader.name", equalTo("Rudolphus F. M. (Ruud) Lubbers"));
        graphql("{ leader(name: \"George Bush\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.candidates", hasItems("George H.W. Bush", "George W. Bush"))
                .body("errors[0].extensions.candidateLeaders.offices.flatten().title",
                        hasItems("President of the United States"));
        graphql("{ visits(guest: \"George Bush\", hostState: \"VNM\") { edges { node { guest { name } date } } } }")
                .body("data.visits.edges.node.guest.name", hasItems("George W. Bush"));
        graphql("{ leaders(name: \"Bush\") { totalCount } }").body("data.leaders.totalCount", equalTo(0));
    }

    @Test
    void sourcesAreTitledAsThePublisherTitlesItsDatasetsAndLocatorsNameNoMachinePath() {
        graphql("{ sources { id title url } }")
                .body("data.sources.findAll { it.id.startsWith('historian') }.title", contains(
                        "Foreign Travels of the President and Secretary of State: Travels of the President",
                        "Visits by Foreign Leaders"))
                .body("data.sources.findAll { it.id.startsWith('historian') }.url", contains(
                        "https://history.state.gov/departmenthistory/travels/president",
                        "https://history.state.gov/departmenthistory/visits"));
        graphql("{ leader(name: \"Barack Obama\") { offices { sources { locator } } visits { sources { locator } } } }")
                .body("data.leader.visits.sources.flatten().locator.findAll { it != null }",
                        everyItem(matchesPattern("president-travels/obama-barack\\.xml, record \\S+")))
                .body("data.leader.offices.sources.flatten().locator.findAll { it != null }",
                        everyItem(matchesPattern("president-travels/presidents\\.xml, record obama-barack")));
    }
}
