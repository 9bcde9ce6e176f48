package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Records of the publisher's older files as it ships them: trips it gives with their dates left empty, an older
 * download whose record names another person than the newer one, two copies of a trip that differ only in spacing,
 * and a given name people shorten. Small files in the publisher's format, over GraphQL.
 */
@QuarkusTest
@TestProfile(SampleImportProfile.class)
class PublisherRecordsTest {

    private static final String IMPORT = """
            mutation($path: String!, $skip: Boolean) { importHistorianRecords(path: $path, skipInvalid: $skip) {
              recordsRead created updated skipped refused { file line recordId problem } } }""";

    private static io.restassured.response.ValidatableResponse importPath(String path, boolean skipInvalid) {
        return asEditor(IMPORT, Map.of("path", path, "skip", skipInvalid));
    }

    @Test
    void aTripGivenWithEmptyDatesIsAnUndatedVisitNotARefusedImport() {
        importPath("publisher-quirks/undated", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(3))
                .body("data.importHistorianRecords.refused", empty());
        graphql("{ leader(name: \"Edmund Reilly Testtinius\") { offices { title from to } visits { date endDate city "
                + "purpose hostState { code } sources { locator } } } }")
                .body("errors", nullValue())
                // Undated visits sort last, with no date made up for them.
                .body("data.leader.visits.date", contains("1944-12-12", null, null))
                .body("data.leader.visits.endDate", contains("1944-12-14", null, null))
                .body("data.leader.visits.hostState.code", contains("MEX", "MAR", "SUN"))
                .body("data.leader.visits[1].city", equalTo("Marrakesh"))
                .body("data.leader.visits[2].purpose", equalTo("Accompanied President Testvelt to the Crimea "
                        + "Conference. Met afterward (February 11-14) with Foreign Minister Testotov."))
                .body("data.leader.visits[2].sources[0].locator",
                        equalTo("secretary-travels/testtinius-edmund-reilly.xml, record Q7352"))
                .body("data.leader.offices.title", contains("Secretary of State"));
        // A date filter takes the dated trip only; the name people type finds him ("Ed" for "Edmund").
        graphql("{ visits(guest: \"Ed Testtinius\", from: \"1944-01-01\") { totalCount } "
                + "all: visits(guest: \"Ed Testtinius\") { totalCount } }")
                .body("errors", nullValue())
                .body("data.visits.totalCount", equalTo(1))
                .body("data.all.totalCount", equalTo(3));
        // Known by a middle name ("Dean Rusk" of "David Dean Rusk"): the last words of his name find him, his
        // family name alone does not.
        graphql("{ a: leader(name: \"Reilly Testtinius\") { name } b: leader(name: \"Testtinius\") { name } "
                + "c: visits(guest: \"Reilly Testtinius\") { totalCount } }")
                .body("errors", nullValue())
                .body("data.a.name", equalTo("Edmund Reilly Testtinius"))
                .body("data.b", nullValue())
                .body("data.c.totalCount", equalTo(3));
        importPath("publisher-quirks/undated", false)
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0));
    }

    @Test
    void anEndDateWithoutAStartDateIsStillAProblem() {
        importPath("publisher-quirks/undated-end-only", false)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.problems[0]", equalTo("secretary-travels/testend-edmund.xml:3: "
                        + "<end-date> '1945-02-11' is given but <start-date> is empty"));
        graphql("{ leader(name: \"Edmund Testend\") { id } }").body("data.leader", nullValue());
    }

    @Test
    void anOlderCopyThatNamesAnotherPersonIsAnotherVersionNotAnAlias() {
        // The newer download corrects who attended (Q7372) and a misspelt name (Q7373); the older one sorts after it.
        importPath("publisher-quirks/corrected-name", false)
                .body("data", nullValue())
                .body("errors[0].extensions.problemCount", equalTo(2))
                .body("errors[0].extensions.problems[0]", equalTo("visits/2020.xml:15: record Q7372 is also at "
                        + "visits/2020.xml:15, with other content in the other file of that name: two versions of "
                        + "one record; import only one of them"));
        importPath("publisher-quirks/corrected-name", true)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.refused.recordId", contains("Q7372", "Q7373"));
        graphql("{ a: leader(name: \"Ismaila Testyaakob\") { aliases visits { date } } "
                + "b: leader(name: \"Olga Testscholz\") { aliases } "
                + "c: visits(guest: \"Mohd Najiba Testrazak\") { totalCount } "
                + "d: leader(name: \"Najiba Testrazak\") { visits { date } } }")
                .body("errors", nullValue())
                .body("data.a.aliases", empty())
                .body("data.a.visits.date", contains("2022-05-12"))
                .body("data.b.aliases", empty())
                .body("data.c.totalCount", equalTo(0))
                .body("data.d.visits.date", contains("2012-04-12"));
    }

    @Test
    void aVisitAnOlderCopyGivesUnderAnotherIdIsOneVisit() {
        // The older copy numbers the King's visit Q9879, the id of another visit too; the newer gives it Q9950. A record
        // naming two people is not folded into a record of one of them: the other would lose the visit.
        importPath("publisher-quirks/renumbered-visits", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.recordsRead", equalTo(5))
                .body("data.importHistorianRecords.created", equalTo(6))
                .body("data.importHistorianRecords.refused", empty());
        graphql("{ a: visits(guest: \"Testabdul II\") { totalCount } b: visits(guest: \"Testhani Mulkin\") { totalCount } "
                + "c: visits(guest: \"Tessa Testmay\") { totalCount } d: visits(guest: \"Testkim Boo\") { totalCount } "
                + "e: leader(name: \"Testabdul II\") { visits { date endDate sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.a.totalCount", equalTo(1))
                .body("data.b.totalCount", equalTo(1))
                .body("data.c.totalCount", equalTo(1))
                .body("data.d.totalCount", equalTo(1))
                .body("data.e.visits.date", contains("2017-04-04"))
                .body("data.e.visits[0].sources.locator", contains("visits/2017.xml, record Q9950"));
        importPath("publisher-quirks/renumbered-visits", false)
                .body("data.importHistorianRecords.created", equalTo(0))
                .body("data.importHistorianRecords.updated", equalTo(0));
        graphql("{ visits(guest: \"Testabdul II\") { totalCount } }").body("data.visits.totalCount", equalTo(1));
    }

    @Test
    void twoCopiesOfATripThatDifferOnlyInSpacingAreOneRecord() {
        // The publisher's secretaries/ folder holds older copies of secretary-travels/ files, spaced otherwise.
        importPath("publisher-quirks/spacing", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(1))
                .body("data.importHistorianRecords.refused", empty());
        graphql("{ leader(name: \"Wilma Henrietta Testward\") { visits { date city sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.leader.visits.date", contains("1866-01-09"))
                .body("data.leader.visits[0].sources[0].locator",
                        containsString("testward-wilma-henrietta.xml, record Q7361"));
    }

    @Test
    void twoTravellersTripsUnderOneIdAreEachTheirOwnEvenWhenOneIsUndated() {
        // The publisher numbered one of Stettinius's undated trips like one of Stimson's (2198): two trips, neither a
        // version of the other nor a new spelling of its traveller, imported one after the other or again together.
        importPath("publisher-quirks/one-id-two-trips/first", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(1));
        importPath("publisher-quirks/one-id-two-trips/second", false)
                .body("errors", nullValue())
                .body("data.importHistorianRecords.created", equalTo(1))
                .body("data.importHistorianRecords.updated", equalTo(0));
        for (int run = 0; run < 2; run++) {
            importPath("publisher-quirks/one-id-two-trips", false)
                    .body("errors", nullValue())
                    .body("data.importHistorianRecords.created", equalTo(0))
                    .body("data.importHistorianRecords.updated", equalTo(0));
        }
        graphql("{ a: leader(name: \"Henry Lewis Teststimson\") { aliases visits { date city sources { locator } } } "
                + "b: leader(name: \"Edward Reilly Teststettinius\") { aliases visits { date city sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.a.aliases", empty())
                .body("data.a.visits.city", contains("London"))
                .body("data.a.visits[0].date", equalTo("1930-01-25"))
                .body("data.a.visits[0].sources.locator",
                        contains("secretary-travels/teststimson-henry-lewis.xml, record Q7381"))
                .body("data.b.aliases", empty())
                .body("data.b.visits.city", contains("Havana"))
                .body("data.b.visits[0].date", nullValue())
                .body("data.b.visits[0].sources.locator",
                        contains("secretary-travels/teststettinius-edward-reilly.xml, record Q7381"));
    }

    @Test
    void twoFilesOfOneTravellerWithOneRecordAtOddsChangeNothingWhenImportedAgain() {
        // The publisher's Blinken pair: the same records under two names, one of them given otherwise in each file.
        // The file with the refused record is read again each time; so is its twin, or the twin's records would be
        // taken over by the other file's on every second import.
        for (int run = 0; run < 3; run++) {
            importPath("publisher-quirks/two-names-one-other", true)
                    .body("errors", nullValue())
                    .body("data.importHistorianRecords.created", equalTo(run == 0 ? 2 : 0))
                    .body("data.importHistorianRecords.updated", equalTo(0))
                    .body("data.importHistorianRecords.refused.recordId", contains("Q7392"));
        }
        graphql("{ leader(name: \"Johanna Testkerry\") { name aliases visits { purpose sources { locator } } } }")
                .body("errors", nullValue())
                .body("data.leader.name", equalTo("Johanna Forbes Testkerry"))
                .body("data.leader.aliases", contains("Johanna Testkerry"))
                .body("data.leader.visits[1].purpose", equalTo("Met with Foreign Minister Testo."))
                .body("data.leader.visits[0].sources.locator",
                        contains("secretary-travels/testkerry-johanna-f.xml, record Q7391"));
    }
}
