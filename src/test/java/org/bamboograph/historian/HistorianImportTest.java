package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** The historian import over GraphQL, on small files of both formats written for these tests. */
@QuarkusTest
@TestProfile(SampleImportProfile.class)
class HistorianImportTest {

    @Inject
    HistorianImport importer;

    private static final String IMPORT = """
            mutation($path: String!) { importHistorianRecords(path: $path) {
              files recordsRead created updated skipped merged leadersCreated statesCreated millis } }""";

    static ValidatableResponse importPath(String path) {
        return asEditor(IMPORT, Map.of("path", path));
    }

    private static int visitCount() {
        return graphql("{ visits(first: 0) { totalCount } }").extract().path("data.visits.totalCount");
    }

    @Test
    void titlesAreSplitFromNamesAndTwoPeopleMakeTwoVisits() {
        importPath("visits-sample.xml").body("errors", nullValue());
        graphql("{ leader(name: \"Nguyen Tan Dung\") { name state { code } offices { title state { code } } "
                + "visits { date endDate hostState { code } purpose sources { excerpt locator supports source { id url } } } } }")
                .body("errors", nullValue())
                .body("data.leader.name", equalTo("Nguyen Tan Dung"))
                .body("data.leader.state.code", equalTo("VNM"))
                .body("data.leader.offices.title", contains("Prime Minister"))
                .body("data.leader.visits[0].date", equalTo("2010-04-12"))
                .body("data.leader.visits[0].endDate", equalTo("2010-04-13"))
                .body("data.leader.visits[0].hostState.code", equalTo("USA"))
                .body("data.leader.visits[0].purpose", equalTo("Attended the Nuclear Security Summit."))
                .body("data.leader.visits[0].sources[0].source.id", equalTo("historian-visits"))
                .body("data.leader.visits[0].sources[0].locator", containsString("record T9001"))
                .body("data.leader.visits[0].sources[0].supports",
                        contains("guest", "hostState", "city", "date", "endDate", "purpose"));
        graphql("{ d: leader(name: \"Andrzej Duda\") { offices { title } visits { date } } "
                + "t: leader(name: \"Donald Tusk\") { offices { title } visits { date } } }")
                .body("data.d.offices.title", contains("President"))
                .body("data.t.offices.title", contains("Prime Minister"))
                .body("data.t.visits.date", contains("2016-03-12"));
        graphql("{ leader(name: \"Mikhail Gorbachev\") { state { code name } } }")
                .body("data.leader.state.code", equalTo("SUN"));
    }

    @Test
    void diacriticsAndTrailingSpacesMergeIntoOneLeaderRecordingTheSpelling() {
        importPath("visits-sample.xml").body("errors", nullValue());
        graphql("{ leader(name: \"Vo Van Thuong\") { id name aliases visits { date hostState { code } } } }")
                .body("data.leader.id", equalTo("vo-van-thuong"))
                .body("data.leader.name", equalTo("Vo Van Thuong"))
                .body("data.leader.aliases", hasItem("Võ Văn Thưởng"))
                .body("data.leader.visits.date", contains("2023-11-12"));
        graphql("{ leaders(name: \"to lam\") { totalCount edges { node { name aliases } } } }")
                .body("data.leaders.totalCount", equalTo(1))
                .body("data.leaders.edges[0].node.name", equalTo("Tô Lâm"));
    }

    @Test
    void rowByRowWritesEverythingBatchesWrite() {
        ImportSummary summary = importer.importPaths(
                List.of(Path.of("src/test/resources/historian/row-by-row")), line -> { }, 1);
        assertEquals(2, summary.created);
        graphql("{ leader(name: \"Ana Rowwise\") { state { code } offices { title } "
                + "visits { date endDate hostState { code } sources { locator source { id } } } } }")
                .body("errors", nullValue())
                .body("data.leader.state.code", equalTo("PRT"))
                .body("data.leader.offices.title", contains("Prime Minister", "President"))
                .body("data.leader.visits.date", contains("2019-06-03", "2021-02-10"))
                .body("data.leader.visits[0].endDate", equalTo("2019-06-04"))
                .body("data.leader.visits.hostState.code", contains("USA", "USA"))
                .body("data.leader.visits[1].sources[0].locator", containsString("record T9502"))
                .body("data.leader.visits[1].sources[0].source.id", equalTo("historian-visits"));
    }

    @Test
    void aFamilyNameAloneMergesWithNobody() {
        importPath("visits-sample.xml").body("errors", nullValue());
        graphql("{ leaders(name: \"Nguyen\") { edges { node { id visits { date } } } } }")
                .body("data.leaders.edges", hasSize(1))
                .body("data.leaders.edges[0].node.visits.date", contains("2001-05-01"));
        graphql("{ leader(name: \"Nguyen Phu Trong\") { visits { date } } }")
                .body("data.leader.visits.date", not(hasItem("2001-05-01")));
    }

    @Test
    void aTripOfTheCuratedVisitIsMergedNotDuplicated() {
        importPath("trips-sample.xml").body("errors", nullValue());
        graphql("{ visits(guest: \"Joe Biden\", hostState: \"VNM\") { totalCount edges { node { id city date endDate "
                + "host { name } resultingAgreements { kind } sources { source { id } supports } } } } }")
                .body("data.visits.totalCount", equalTo(1))
                .body("data.visits.edges[0].node.id", equalTo("biden-vietnam-2023"))
                .body("data.visits.edges[0].node.city", equalTo("Hanoi"))
                .body("data.visits.edges[0].node.date", equalTo("2023-09-10"))
                .body("data.visits.edges[0].node.endDate", equalTo("2023-09-11"))
                .body("data.visits.edges[0].node.host.name", equalTo("Nguyen Phu Trong"))
                .body("data.visits.edges[0].node.resultingAgreements.kind", contains("COMPREHENSIVE_STRATEGIC_PARTNERSHIP"))
                .body("data.visits.edges[0].node.sources.source.id",
                        hasItems("article-000", "article-003", "historian-travels-president"))
                // The record's citation supports the exact days and place it brought; the articles' keep theirs.
                .body("data.visits.edges[0].node.sources.find { it.source.id == 'historian-travels-president' }.supports",
                        hasItems("date", "endDate", "city"))
                .body("data.visits.edges[0].node.sources.find { it.supports.contains('host') }.source.id",
                        equalTo("article-000"));
        graphql("{ leader(name: \"Barack Obama\") { visits { date hostState { code } city } } }")
                .body("data.leader.visits.find { it.hostState.code == 'VNM' }.date", equalTo("2016-05-23"));
        graphql("{ leader(name: \"Antony J. Blinken\") { offices { title } state { code } } }")
                .body("data.leader.offices.title", contains("Secretary of State"))
                .body("data.leader.state.code", equalTo("USA"));
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        importPath("visits-sample.xml").body("errors", nullValue());
        importPath("trips-sample.xml").body("errors", nullValue());
        int visits = visitCount();
        importPath("visits-sample.xml")
                .body("data.importHistorianRecords.recordsRead", equalTo(6))
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0))
                .body("data.importHistorianRecords.skipped", equalTo(7))
                .body("data.importHistorianRecords.leadersCreated", equalTo(0));
        importPath("trips-sample.xml").body("data.importHistorianRecords.skipped", equalTo(3));
        assertEquals(visits, visitCount());
    }

    @Test
    void anUpdatedFileUpdatesItsRecordInPlace() {
        importPath("update-v1").body("errors", nullValue());
        int visits = visitCount();
        importPath("update-v2")
                .body("data.importHistorianRecords.updated", equalTo(1))
                .body("data.importHistorianRecords.created", equalTo(0));
        assertEquals(visits, visitCount());
        graphql("{ visits(guest: \"Barack Obama\", hostState: \"JPN\") { edges { node { city purpose sources { excerpt } } } } }")
                .body("data.visits.edges", hasSize(1))
                .body("data.visits.edges[0].node.city", equalTo("Tokyo, Kyoto"))
                .body("data.visits.edges[0].node.purpose", equalTo("Met with Prime Minister Abe. State visit."))
                .body("data.visits.edges[0].node.sources", hasSize(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "malformed/broken.xml          | 7 | not well-formed",
            "malformed/missing-id.xml      | 3 | <id>",
            "malformed/impossible-date.xml | 3 | 2023-02-30",
            "malformed/missing-country.xml | 3 | <from>",
            "malformed/unknown-country.xml | 3 | atlantis",
            "malformed/end-before-start.xml | 3 | before" })
    void aMalformedFileIsRefusedWithFileLineAndProblemAndWritesNothing(String path, int line, String problem) {
        int visits = visitCount();
        importPath(path)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.file", containsString(path))
                .body("errors[0].extensions.line", equalTo(line))
                .body("errors[0].message", containsString(problem));
        assertEquals(visits, visitCount());
    }

    @Test
    void aBadFileInAFolderStopsTheWholeImport() {
        importPath("mixed")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.file", containsString("b-broken.xml"));
        graphql("{ leader(name: \"Mixed Folder Visitor\") { id } }").body("data.leader", nullValue());
    }

    @ParameterizedTest
    @CsvSource({ "../../../../pom.xml", "/etc/hostname", "no-such-file.xml" })
    void pathsOutsideTheImportDirectoryAreRefused(String path) {
        importPath(path)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("path"));
    }

    @Test
    void aPresidentHoldsHerTermsOnceWhicheverFileCameFirst() {
        // Trips first: with no term known yet, the office they imply is undated and its citation says why.
        importPath("upgrade/president-travels/testpresident-ada.xml").body("errors", nullValue());
        graphql("{ leader(name: \"Ada Testpresident\") { offices { from to sources { note } } } }")
                .body("data.leader.offices.from", contains((Object) null))
                .body("data.leader.offices[0].sources[0].note", containsString("no term of presidents.xml"));
        // Then her terms: they replace the undated copy. The trip she made as president-elect, before every term,
        // adds no office, and stays among her visits with its remarks.
        importPath("upgrade/president-travels/presidents.xml").body("errors", nullValue());
        graphql("{ leader(name: \"Ada Testpresident\") { offices { title from to } visits { date purpose } } }")
                .body("data.leader.offices.from", contains("2009-01-20", "2017-01-20"))
                .body("data.leader.offices.to", contains("2013-01-20", "2021-01-20"))
                .body("data.leader.visits.date", contains("2008-12-02", "2010-05-10", "2019-07-01"))
                .body("data.leader.visits[0].purpose", containsString("[Visit made as President-elect.]"));
        importPath("upgrade/president-travels").body("errors", nullValue());
        graphql("{ leader(name: \"Ada Testpresident\") { offices { from } } }")
                .body("data.leader.offices.from", contains("2009-01-20", "2017-01-20"));
    }

    @Test
    void tripsToCountriesOutsideTheSharedFilesImportWithTheirStates() {
        Map<String, Integer> summary = importPath("secretary-sample").body("errors", nullValue())
                .body("data.importHistorianRecords.recordsRead", equalTo(4))
                .extract().path("data.importHistorianRecords");
        // Other tests may have imported the folder first: then its records are unchanged.
        assertEquals(4, summary.get("created") + summary.get("skipped"));
        graphql("{ leader(name: \"Jonah Fairweather Testperson\") { state { code } "
                + "offices { title from to sources { note supports } } "
                + "visits { date hostState { code name } city sources { locator source { id title url } } } } }")
                .body("errors", nullValue())
                .body("data.leader.state.code", equalTo("USA"))
                .body("data.leader.offices.title", contains("Secretary of State"))
                // No shipped file gives a secretary's terms: the office stays undated, and says why.
                .body("data.leader.offices[0].from", nullValue())
                .body("data.leader.offices[0].to", nullValue())
                .body("data.leader.offices[0].sources[0].note", containsString("gives the terms of that office"))
                .body("data.leader.visits.hostState.code", contains("SCG", "PRK", "COD"))
                .body("data.leader.visits[0].hostState.name", equalTo("Serbia and Montenegro"))
                .body("data.leader.visits[1].sources[0].locator",
                        equalTo("secretary-sample/testperson-jonah-fairweather.xml, record S9001"))
                .body("data.leader.visits[1].sources[0].source.id", equalTo("historian-travels-secretary"))
                .body("data.leader.visits[1].sources[0].source.title",
                        equalTo("Foreign Travels of the President and Secretary of State: Travels of the Secretary of State"))
                .body("data.leader.visits[1].sources[0].source.url",
                        equalTo("https://history.state.gov/departmenthistory/travels/secretary"));
    }

    @Test
    void namesAreFoundByTheirShortFormOnlyWhereNoNameMatchesExactly() {
        importPath("secretary-sample").body("errors", nullValue());
        graphql("{ a: leader(name: \"Jonah Testperson\") { name } b: leader(name: \"Halvard Testperson\") { name aliases "
                + "visits { hostState { code } } } c: leader(name: \"Heinz Alfred Testperson\") { name } "
                + "d: leader(name: \"Testperson\") { name } "
                + "e: visits(guest: \"jonah testperson\") { totalCount } f: leaders(name: \"Halvard Testperson\") { totalCount } }")
                .body("errors", nullValue())
                .body("data.a.name", equalTo("Jonah Fairweather Testperson"))
                .body("data.b.name", equalTo("Halvard A. (Heinz Alfred) Testperson Jr."))
                .body("data.b.aliases", hasItem("Heinz Alfred Testperson"))
                .body("data.b.visits.hostState.code", contains("VDR"))
                .body("data.c.name", equalTo("Halvard A. (Heinz Alfred) Testperson Jr."))
                .body("data.d", nullValue())
                .body("data.e.totalCount", equalTo(3))
                .body("data.f.totalCount", equalTo(1));
        // An exact name keeps its meaning: the curated "Joe Biden" is found by name, nobody else by a short form.
        graphql("{ leaders(name: \"Joe Biden\") { totalCount edges { node { id } } } }")
                .body("data.leaders.totalCount", equalTo(1))
                .body("data.leaders.edges[0].node.id", equalTo("joe-biden"));
    }

    @Test
    void aShortFormOfSeveralPeopleIsAnErrorListingThemWithIdsAndEveryFilterTakesAll() {
        importPath("secretary-sample").body("errors", nullValue());
        importPath("succession").body("errors", nullValue());
        // "Tomas Testovsky" is exact for two people (a Czech and a Slovak namesake).
        graphql("{ leader(name: \"Tomas Testovsky\") { id } }")
                .body("data.leader", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("name"))
                .body("errors[0].extensions.candidates", hasSize(2))
                .body("errors[0].extensions.candidateLeaders.state", containsInAnyOrder("CZE", "SVK"))
                .body("errors[0].extensions.candidateLeaders[0].offices[0].title", not(nullValue()))
                .body("errors[0].extensions.candidateLeaders.id", everyItem(startsWith("h-")));
        String id = graphql("{ leaders(name: \"Tomas Testovsky\", state: \"SVK\") { edges { node { id } } } }")
                .extract().path("data.leaders.edges[0].node.id");
        graphql("{ leader(id: \"" + id + "\") { name state { code } } }")
                .body("errors", nullValue())
                .body("data.leader.state.code", equalTo("SVK"));
        graphql("{ visits(guest: \"Tomas Testovsky\") { totalCount } }").body("data.visits.totalCount", equalTo(3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "leader(name: \"x\", id: \"y\")", "leader" })
    void leaderTakesExactlyOneOfNameAndId(String call) {
        graphql("{ " + call + " { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("exactly one"));
    }

    @Test
    void oneLeaderAcrossAStateSuccessionAndNamesakesOfSisterStatesStayTwo() {
        importPath("succession").body("errors", nullValue());
        graphql("{ leaders(name: \"Tomas Testovsky\") { totalCount edges { node { state { code } "
                + "offices { title state { code } } visits { date } } } } }")
                .body("data.leaders.totalCount", equalTo(2))
                .body("data.leaders.edges.find { it.node.state.code == 'CZE' }.node.offices.state.code",
                        contains("CSK", "CZE"))
                .body("data.leaders.edges.find { it.node.state.code == 'CZE' }.node.visits.date",
                        contains("1991-10-21", "1995-04-03"))
                .body("data.leaders.edges.find { it.node.state.code == 'SVK' }.node.visits.date",
                        contains("1996-02-01"));
    }

    @Test
    void aRefusedImportListsEveryProblemOfEveryFileAndWritesNothing() {
        int visits = visitCount();
        importPath("many-problems")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.problemCount", equalTo(4))
                .body("errors[0].extensions.problems", contains(
                        containsString("many-problems/a-visits.xml:12: <start-date> '2012-02-30'"),
                        containsString("many-problems/a-visits.xml:20: country id 'atlantis'"),
                        containsString("many-problems/b-visits.xml:4: record lacks <id>"),
                        containsString("many-problems/b-visits.xml:9: end-date")))
                .body("errors[0].extensions.file", equalTo("many-problems/a-visits.xml"))
                .body("errors[0].extensions.line", equalTo(12))
                .body("errors[0].message", containsString("4 problems"));
        assertEquals(visits, visitCount());
        graphql("{ leader(name: \"Ada Problemfree\") { id } }").body("data.leader", nullValue());
    }

    @Test
    void skipInvalidImportsTheRestAndListsWhatItLeftOut() {
        asEditor("""
                mutation { importHistorianRecords(path: "many-problems", skipInvalid: true) {
                  recordsRead created skipped refused { file line recordId problem } } }""")
                .body("errors", nullValue())
                .body("data.importHistorianRecords.recordsRead", equalTo(3))
                .body("data.importHistorianRecords.created", equalTo(3))
                .body("data.importHistorianRecords.refused.recordId", contains("T9702", "T9703", null, "T9712"))
                .body("data.importHistorianRecords.refused.line", contains(12, 20, 4, 9))
                .body("data.importHistorianRecords.refused[1].file", equalTo("many-problems/a-visits.xml"))
                .body("data.importHistorianRecords.refused[1].problem", containsString("atlantis"));
        graphql("{ a: leader(name: \"Ada Problemfree\") { visits { date } } c: leader(name: \"Cy Problemfree\") { id } "
                + "bad: leader(name: \"Bad Date\") { id } }")
                .body("data.a.visits.date", contains("2012-01-10"))
                .body("data.c", not(nullValue()))
                .body("data.bad", nullValue());
        // A file with refused records is read again next time, its good records then unchanged.
        asEditor("mutation { importHistorianRecords(path: \"many-problems\", skipInvalid: true) { created skipped } }")
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.skipped", equalTo(3));
    }

    @Test
    void noErrorOrLocatorNamesAPathOfTheMachine() {
        String root = Path.of("").toAbsolutePath().toString();
        importPath("malformed/impossible-date.xml")
                .body("errors[0].message", not(containsString(root)))
                .body("errors[0].extensions.file", equalTo("malformed/impossible-date.xml"));
        importPath("visits-sample.xml").body("errors", nullValue());
        graphql("{ visits(hostState: \"USA\", first: 100) { edges { node { sources { locator } } } } }")
                .body("data.visits.edges.node.sources.flatten().locator.findAll { it != null }",
                        everyItem(matchesPattern("[^/]+/[^/]+\\.xml, record [A-Za-z0-9._-]+")));
    }
}
