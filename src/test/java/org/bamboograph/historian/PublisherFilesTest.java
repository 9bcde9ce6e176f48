package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What the Office of the Historian's own files do that files written for the importer did not: two copies of one
 * file taken at different times side by side, a list of presidents that still has a term open beside one that knows
 * its end, initials written two ways, text left between two records; and the given names people type for the formal
 * ones the files write. Small files in the publisher's format, over GraphQL.
 */
@QuarkusTest
@TestProfile(SampleImportProfile.class)
class PublisherFilesTest {

    private static final String IMPORT = """
            mutation($path: String!, $skip: Boolean) { importHistorianRecords(path: $path, skipInvalid: $skip) {
              recordsRead created updated skipped refused { file line recordId problem } } }""";

    private static io.restassured.response.ValidatableResponse importPath(String path, boolean skipInvalid) {
        return asEditor(IMPORT, java.util.Map.of("path", path, "skip", skipInvalid));
    }

    @Test
    void twoVersionsOfOneRecordAreAProblemNamingBothNotADatabaseFailure() {
        // The newer copy sorts first ("newer" before "older"): its record P9801 stands, the older one's contradicts it.
        importPath("publisher-quirks/two-versions", false)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.problemCount", equalTo(1))
                .body("errors[0].extensions.problems[0]", containsString(
                        "president-travels/testpresident-bo.xml:3: record P9801 is also at "
                                + "president-travels/testpresident-bo.xml:3, with other content"))
                .body("errors[0].message", not(containsString("database")));
        graphql("{ leader(name: \"Bo Testpresident\") { id } }").body("data.leader", nullValue());

        // Left out, the contradicting version is listed; a record repeated word for word is simply unchanged.
        importPath("publisher-quirks/two-versions", true)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.recordsRead", equalTo(4))
                .body("data.importHistorianRecords.created", equalTo(3))
                .body("data.importHistorianRecords.skipped", equalTo(1))
                .body("data.importHistorianRecords.refused.recordId", contains("P9801"))
                .body("data.importHistorianRecords.refused[0].file", equalTo("president-travels/testpresident-bo.xml"));
        graphql("{ leader(name: \"Bo Testpresident\") { visits { date purpose hostState { code } } } }")
                .body("data.leader.visits.date", contains("2017-05-23", "2017-05-24", "2018-06-12"))
                .body("data.leader.visits[0].purpose",
                        equalTo("Met with President Testo Saggio and Prime Minister Testo Gentile."))
                .body("data.leader.visits.hostState.code", contains("ITA", "VAT", "PRK"));
    }

    @Test
    void aCopyImportedBeforeIsReadAgainBesideAnotherVersionOfItNeitherOverwritingTheOther() {
        importPath("publisher-quirks/two-copies/newer", false).body("errors", nullValue());
        String purpose = "{ leader(name: \"Eve Testpresident\") { visits { purpose } } }";
        String newer = "Met with President Testo Saggio and Prime Minister Testo Gentile.";
        graphql(purpose).body("data.leader.visits[0].purpose", equalTo(newer));

        // The newer copy is unchanged since, but its name is shared with the older copy: both are read and compared.
        importPath("publisher-quirks/two-copies", false)
                .body("errors[0].extensions.problemCount", equalTo(1))
                .body("errors[0].extensions.problems[0]", containsString("record P9831 is also at"));
        // Left out, the older version changes nothing, however often the two are imported together.
        for (int run = 0; run < 2; run++) {
            importPath("publisher-quirks/two-copies", true)
                    .body("errors", nullValue())
                    .body("data.importHistorianRecords.created", equalTo(0))
                    .body("data.importHistorianRecords.updated", equalTo(0))
                    .body("data.importHistorianRecords.skipped", equalTo(4))
                    .body("data.importHistorianRecords.refused.recordId", contains("P9831"));
            graphql(purpose).body("data.leader.visits[0].purpose", equalTo(newer));
        }
    }

    @Test
    void oneRecordThatNamesItsTravellerTwoWaysIsOneVisitOfOnePersonKnownByBothNames() {
        // The publisher's Blinken files: the same records, one file writing the shorter name, the other the fuller.
        importPath("publisher-quirks/two-names", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(2))
                .body("data.importHistorianRecords.refused", org.hamcrest.Matchers.empty());
        graphql("{ all: leaders(name: \"Antonia Testblinken\") { totalCount } "
                + "a: leader(name: \"Antonia Testblinken\") { name aliases visits { date hostState { code } } } "
                + "b: leader(name: \"Antonia Jane Testblinken\") { name } }")
                .body("errors", nullValue())
                .body("data.all.totalCount", equalTo(1))
                .body("data.a.name", equalTo("Antonia Jane Testblinken"))
                .body("data.a.aliases", contains("Antonia Testblinken"))
                .body("data.a.visits.date", contains("2021-03-15", "2021-05-20"))
                .body("data.a.visits.hostState.code", contains("JPN", "DNK"))
                .body("data.b.name", equalTo("Antonia Jane Testblinken"));
        importPath("publisher-quirks/two-names", false).body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0));
    }

    @Test
    void oneRecordThatWritesItsCountryTwoWaysIsOneVisitButTwoStatesStillContradict() {
        // The publisher's Blinken files as shipped: the older copy writes "turkey"/"Turkey" and "macedonia" where the
        // newer writes "turkiye"/"Türkiye" and "north-macedonia", for the same records. The same state is the same fact;
        // another state is another version of the record.
        importPath("publisher-quirks/two-countries", false)
                .body("data", nullValue())
                .body("errors[0].extensions.problemCount", equalTo(1))
                .body("errors[0].extensions.problems[0]", containsString(
                        "secretary-travels/testblinken-carla.xml:32: record S9873 is also at "
                                + "secretary-travels/testblinken-carla-j.xml:32, with other content"));
        importPath("publisher-quirks/two-countries", true)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(3))
                .body("data.importHistorianRecords.refused.recordId", contains("S9873"));
        graphql("{ leader(name: \"Carla Testblinken\") { name aliases visits { date city hostState { code } "
                + "sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.leader.name", equalTo("Carla Jane Testblinken"))
                .body("data.leader.aliases", contains("Carla Testblinken"))
                .body("data.leader.visits.date", contains("2023-02-19", "2023-11-29", "2023-12-01"))
                .body("data.leader.visits.hostState.code", contains("TUR", "MKD", "JPN"))
                .body("data.leader.visits.city", contains("Incirlik, Ankara", "Skopje", "Tokyo"))
                .body("data.leader.visits[0].sources.locator",
                        contains("secretary-travels/testblinken-carla-j.xml, record S9871"));
        // Again, and again: the newer copy is unchanged, but the older one, read again for its refused record, gives
        // the newer one's records too; both are read and compared, so the older cannot overwrite what the newer gave.
        for (int run = 0; run < 2; run++) {
            importPath("publisher-quirks/two-countries", true)
                    .body("data.importHistorianRecords.created", equalTo(0))
                    .body("data.importHistorianRecords.updated", equalTo(0))
                    .body("data.importHistorianRecords.refused.recordId", contains("S9873"));
            graphql("{ leader(name: \"Carla Testblinken\") { visits { city hostState { code } sources { locator } } } }")
                    .body("data.leader.visits.hostState.code", contains("TUR", "MKD", "JPN"))
                    .body("data.leader.visits.city", contains("Incirlik, Ankara", "Skopje", "Tokyo"))
                    .body("data.leader.visits[2].sources.locator",
                            contains("secretary-travels/testblinken-carla-j.xml, record S9873"));
        }
    }

    @Test
    void recordsOfOneFileThatShareAnIdAreEachImportedAndCitedByWhichOfThatIdTheyAre() {
        // The publisher's tillerson-rex-wayne.xml, as shipped (Windows line ends), numbers different trips with one id.
        importPath("publisher-quirks/reused-ids", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(5))
                .body("data.importHistorianRecords.refused", org.hamcrest.Matchers.empty());
        graphql("{ leader(name: \"Rex Testtillerson\") { visits { date city hostState { code } sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.leader.visits.date",
                        contains("2017-02-15", "2017-02-22", "2017-05-22", "2017-05-23", "2017-07-09"))
                .body("data.leader.visits.hostState.code", contains("DEU", "MEX", "ISR", "PSE", "TUR"))
                .body("data.leader.visits.sources.locator.flatten()", contains(
                        "secretary-travels/testtillerson-rex-wayne.xml, record T9861",
                        "secretary-travels/testtillerson-rex-wayne.xml, record T9862",
                        "secretary-travels/testtillerson-rex-wayne.xml, record T9861 (the 2nd with that id)",
                        "secretary-travels/testtillerson-rex-wayne.xml, record T9862 (the 2nd with that id)",
                        "secretary-travels/testtillerson-rex-wayne.xml, record T9861 (the 3rd with that id)"));
        importPath("publisher-quirks/reused-ids", false)
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0));
    }

    @Test
    void twoTravellersTripsUnderOneIdAreEachTheirOwnWhicheverIsImportedFirst() {
        // The publisher numbers each secretary's file on its own: Clinton's 3902 to 3912 are Pompeo's ids too.
        String trips = "{ a: leader(name: \"Hilda Testclinton\") { aliases visits { date hostState { code } "
                + "sources { locator } } } b: leader(name: \"Mikael Testpompeo\") { aliases visits { date "
                + "hostState { code } sources { locator } } } }";
        importPath("publisher-quirks/shared-ids/a", false).body("errors", nullValue());
        // Imported later, her ids in his file are his trips, not a renamed copy of hers.
        importPath("publisher-quirks/shared-ids/b", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(3))
                .body("data.importHistorianRecords.updated", equalTo(0));
        for (int run = 0; run < 2; run++) {
            graphql(trips)
                    .body("errors", nullValue())
                    .body("data.a.aliases", org.hamcrest.Matchers.empty())
                    .body("data.a.visits.date", contains("2010-01-16", "2010-01-25"))
                    .body("data.a.visits.hostState.code", contains("HTI", "CAN"))
                    .body("data.b.aliases", org.hamcrest.Matchers.empty())
                    .body("data.b.visits.date", contains("2018-06-11", "2018-06-13", "2018-06-14"))
                    .body("data.b.visits.hostState.code", contains("SGP", "KOR", "CHN"))
                    .body("data.b.visits[0].sources.locator",
                            contains("secretary-travels/testpompeo-mikael-r.xml, record C9881"));
            // Both files in one import: neither's ids are a problem of the other's, and nothing changes.
            importPath("publisher-quirks/shared-ids", false)
                    .body("errors", nullValue())
                    .body("data.importHistorianRecords.created", equalTo(0))
                    .body("data.importHistorianRecords.updated", equalTo(0));
        }
    }

    @Test
    void oneTripUnderTwoIdsIsOneVisitAndItsTwoNamesOnePerson() {
        // The publisher's tillerson-rex-wayne.xml gives the trips of tillerson-rex-w.xml under other ids and a fuller
        // name (one of them with its place written otherwise); blinken-antony-j.xml gives some of its trips twice.
        importPath("publisher-quirks/same-trips", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(4))
                .body("data.importHistorianRecords.refused", org.hamcrest.Matchers.empty());
        graphql("{ all: leaders(name: \"Wade Testtiller\") { totalCount } "
                + "a: leader(name: \"Wade Testtiller\") { name aliases visits { date city sources { locator } } } "
                + "b: leader(name: \"Wade Quincy Testtiller\") { name } }")
                .body("errors", nullValue())
                .body("data.all.totalCount", equalTo(1))
                .body("data.a.name", equalTo("Wade Q. Testtiller"))
                .body("data.a.aliases", contains("Wade Quincy Testtiller"))
                .body("data.a.visits.date", contains("2017-09-14", "2017-11-15", "2017-11-15", "2017-12-19"))
                .body("data.a.visits.city", org.hamcrest.Matchers.containsInAnyOrder("London", "Nay Pyi Taw", "Naypyidaw", "Ottawa"))
                .body("data.a.visits[0].sources.locator", contains("secretary-travels/testtiller-wade-q.xml, record R9891"))
                .body("data.b.name", equalTo("Wade Q. Testtiller"));
        importPath("publisher-quirks/same-trips", false)
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0));
    }

    @Test
    void aTravelsFileRenamedWithAFullerNameKeepsItsTripsWithTheLeaderTheyHad() {
        importPath("publisher-quirks/renamed/before", false).body("errors", nullValue());
        String id = graphql("{ leader(name: \"Dora Testrusk\") { id } }").extract().path("data.leader.id");
        // A later download of the publisher's folder: the same trips, the traveller's fuller name, another file name.
        importPath("publisher-quirks/renamed/after", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(2));
        graphql("{ all: leaders(name: \"Dora Testrusk\") { totalCount } "
                + "a: leader(name: \"Dora Dee Testrusk\") { id name aliases visits { date } } }")
                .body("errors", nullValue())
                .body("data.all.totalCount", equalTo(1))
                .body("data.a.id", equalTo(id))
                .body("data.a.name", equalTo("Dora Testrusk"))
                .body("data.a.aliases", contains("Dora Dee Testrusk"))
                .body("data.a.visits.date", contains("2021-03-15", "2021-05-20"));
    }

    @Test
    void anOpenTermBesideTheSameTermEndedIsOneTermAndInitialsWrittenTwoWaysAreOnePerson() {
        // The older list alone: the term is open.
        importPath("publisher-quirks/terms/presidents", false).body("errors", nullValue());
        graphql("{ leader(name: \"Cy H. W. Testvik\") { offices { from to } } }")
                .body("data.leader.offices.from", contains("2017-01-20"))
                .body("data.leader.offices.to", contains((Object) null));

        // Both lists and the trips: one person whatever the spacing of his initials, each term once, the first ended.
        importPath("publisher-quirks/terms", false).body("errors", nullValue());
        String query = "{ all: leaders(name: \"Cy H.W. Testvik\") { totalCount } "
                + "a: leader(name: \"Cy H.W. Testvik\") { id } b: leader(name: \"Cy H. W. Testvik\") { id "
                + "offices { from to sources { locator } } visits { date hostState { code } } } }";
        String id = graphql(query)
                .body("errors", nullValue())
                .body("data.all.totalCount", equalTo(1))
                .body("data.b.offices.from", contains("2017-01-20", "2025-01-20"))
                .body("data.b.offices.to", contains("2021-01-20", null))
                .body("data.b.offices[0].sources[0].locator",
                        equalTo("president-travels/presidents.xml, record testvik-cy-h-w"))
                .body("data.b.visits.date", contains("2018-07-16", "2025-05-13"))
                .body("data.b.visits.hostState.code", contains("FIN", "FSM"))
                .extract().path("data.a.id");
        graphql(query).body("data.b.id", equalTo(id));

        // Again, and the older list again on its own: nothing changes.
        importPath("publisher-quirks/terms", false).body("data.importHistorianRecords.created", equalTo(0));
        importPath("publisher-quirks/terms/presidents", false).body("errors", nullValue());
        graphql(query).body("data.b.offices.from", contains("2017-01-20", "2025-01-20"))
                .body("data.b.offices.to", contains("2021-01-20", null));
    }

    @Test
    void bothListsInOneImportGiveEachTermOnceWhicheverFileIsReadFirst() {
        // "archive" sorts before "president-travels": the list with the open term is read first.
        importPath("publisher-quirks/terms-at-once", false).body("errors", nullValue());
        graphql("{ leader(name: \"Dee J. Testvik\") { offices { from to } } }")
                .body("data.leader.offices.from", contains("2017-01-20", "2025-01-20"))
                .body("data.leader.offices.to", contains("2021-01-20", null));
    }

    @Test
    void aGivenNameAsPeopleTypeItFindsTheFormalNameTheFilesWrite() {
        importPath("publisher-quirks/given-names", false).body("errors", nullValue());
        graphql("{ a: leader(name: \"Mike Testpompeo\") { name offices { title } } "
                + "b: leader(name: \"Michael Testpompeo\") { name } c: leader(name: \"Mikey Testpompeo\") { name } "
                + "d: leader(name: \"Testpompeo\") { name } v: visits(guest: \"mike testpompeo\") { totalCount } "
                + "l: leaders(name: \"Mike Testpompeo\") { totalCount } }")
                .body("errors", nullValue())
                .body("data.a.name", equalTo("Michael R. Testpompeo"))
                .body("data.a.offices.title", contains("Secretary of State"))
                .body("data.b.name", equalTo("Michael R. Testpompeo"))
                .body("data.c", nullValue())
                .body("data.d", nullValue())
                .body("data.v.totalCount", equalTo(2))
                .body("data.l.totalCount", equalTo(1));
        // An exact name keeps its meaning: nobody named "Joe …" by a short form joins the curated "Joe Biden".
        int exact = graphql("{ leaders(name: \"Joe Biden\") { totalCount } }")
                .extract().path("data.leaders.totalCount");
        assertEquals(1, exact);
    }

    private static org.hamcrest.Matcher<String> not(org.hamcrest.Matcher<String> matcher) {
        return org.hamcrest.Matchers.not(matcher);
    }
}
