package org.bamboograph.stats;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The worked balance of the README, cell by cell, against counts made here from the curated file. */
@QuarkusTest
@TestProfile(CuratedOnlyProfile.class)
class BalanceTest {

    static final List<String> POWERS = List.of("USA", "CHN", "RUS", "JPN", "IND");
    static final String WORKED = """
            { balance(state: "VNM", powers: ["USA", "CHN", "RUS", "JPN", "IND"], from: "1990", to: "2024") {
                bucketStart bucketEnd power { code } visitsTo visitsFrom agreements statementsAbout share sources { id }
                partnership { agreement { id } } records(first: 100) { totalCount edges { node { kind } } } } }""";

    private static final Set<String> PARTNERSHIPS = Set.of("COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
            "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_PARTNERSHIP");

    private static int count(List<JsonNode> records, java.util.function.Predicate<JsonNode> keep) {
        return (int) records.stream().filter(keep).count();
    }

    /** The partnership standing at the end of {@code year}: the latest dated one of then, unless superseded. */
    private static String partnership(String power, int year) {
        List<JsonNode> standing = CuratedFile.list("agreements").stream()
                .filter(a -> PARTNERSHIPS.contains(a.path("kind").asText()))
                .filter(a -> CuratedFile.texts(a, "parties").containsAll(List.of("VNM", power)))
                .filter(a -> CuratedFile.year(a) != null && CuratedFile.year(a) <= year).toList();
        Set<String> superseded = new java.util.HashSet<>();
        standing.forEach(a -> {
            if (a.hasNonNull("supersedes")) {
                superseded.add(a.path("supersedes").asText());
            }
        });
        return standing.stream().filter(a -> !superseded.contains(a.path("id").asText()))
                .max(java.util.Comparator.comparing(a -> a.path("date").asText())).map(a -> a.path("id").asText())
                .orElse(null);
    }

    @Test
    void theWorkedBalanceIsTheFilesCountsCellByCell() {
        Map<String, String> leaderStates = CuratedFile.leaderStates();
        List<JsonNode> visits = CuratedFile.list("visits");
        List<JsonNode> agreements = CuratedFile.list("agreements");
        List<JsonNode> statements = CuratedFile.list("statements");
        JsonPath answer = graphql(WORKED).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> rows = answer.getList("data.balance");
        assertEquals(35 * POWERS.size(), rows.size(), "every year of 1990-2024 for every power, zeros included");
        for (int i = 0; i < rows.size(); i++) {
            String at = "data.balance[" + i + "].";
            int year = 1990 + i / POWERS.size();
            String power = POWERS.get(i % POWERS.size());
            assertEquals(String.valueOf(year), answer.getString(at + "bucketStart"));
            assertEquals(String.valueOf(year), answer.getString(at + "bucketEnd"));
            assertEquals(power, answer.getString(at + "power.code"));
            int to = count(visits, v -> year == nullToZero(CuratedFile.year(v))
                    && "VNM".equals(leaderStates.get(v.path("guest").asText())) && power.equals(v.path("hostState").asText()));
            int from = count(visits, v -> year == nullToZero(CuratedFile.year(v))
                    && power.equals(leaderStates.get(v.path("guest").asText())) && "VNM".equals(v.path("hostState").asText()));
            int sealed = count(agreements, a -> year == nullToZero(CuratedFile.year(a))
                    && CuratedFile.texts(a, "parties").containsAll(List.of("VNM", power)));
            int about = count(statements, s -> year == nullToZero(CuratedFile.year(s))
                    && CuratedFile.texts(s, "about").contains(power));
            String cell = power + " " + year;
            assertEquals(to, answer.getInt(at + "visitsTo"), cell + " visitsTo");
            assertEquals(from, answer.getInt(at + "visitsFrom"), cell + " visitsFrom");
            assertEquals(sealed, answer.getInt(at + "agreements"), cell + " agreements");
            assertEquals(about, answer.getInt(at + "statementsAbout"), cell + " statementsAbout");
            assertEquals(partnership(power, year), answer.getString(at + "partnership.agreement.id"), cell + " partnership");
            assertEquals(to + from + sealed + about, answer.getInt(at + "records.totalCount"), cell + " records");
            int exchanged = 0;
            for (String other : POWERS) {
                exchanged += count(visits, v -> year == nullToZero(CuratedFile.year(v))
                        && (("VNM".equals(leaderStates.get(v.path("guest").asText())) && other.equals(v.path("hostState").asText()))
                        || (other.equals(leaderStates.get(v.path("guest").asText())) && "VNM".equals(v.path("hostState").asText()))));
            }
            Float share = answer.get(at + "share");
            if (exchanged == 0) {
                assertNull(share, cell + " share");
            } else {
                assertEquals((to + from) / (double) exchanged, share.doubleValue(), 1e-6, cell + " share");
            }
        }
    }

    private static int nullToZero(Integer year) {
        return year == null ? 0 : year;
    }

    @Test
    void decadesSumTheYearsAndAreClippedToTheRange() {
        JsonPath years = graphql(WORKED).extract().jsonPath();
        JsonPath decades = graphql(WORKED.replace("to: \"2024\")", "to: \"2024\", bucket: DECADE)"))
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(List.of("1990", "2000", "2010", "2020"),
                decades.getList("data.balance.bucketStart").stream().distinct().toList());
        assertEquals("2024", decades.getString("data.balance[" + (decades.getList("data.balance").size() - 1) + "].bucketEnd"));
        for (int p = 0; p < POWERS.size(); p++) {
            int sum = 0;
            for (int y = 2020; y <= 2024; y++) {
                sum += years.getInt("data.balance[" + ((y - 1990) * POWERS.size() + p) + "].visitsFrom");
            }
            assertEquals(sum, decades.getInt("data.balance[" + (3 * POWERS.size() + p) + "].visitsFrom"));
        }
    }

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    private long statements(String query) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        graphql(query).body("errors", nullValue());
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void statementsDoNotGrowWithBucketsOrPowers() {
        String counts = "{ balance(state: \"VNM\", powers: [%s], from: \"%s\", to: \"2024\") { power { code } "
                + "visitsTo visitsFrom agreements statementsAbout partnership { agreement { id } } share } }";
        long wide = statements(String.format(counts, "\"USA\", \"CHN\", \"RUS\", \"JPN\", \"IND\"", "1990"));
        // The powers and the state; visits, agreements and statements counted; the partnerships of every bucket.
        assertEquals(6, wide);
        assertEquals(wide, statements(String.format(counts, "\"USA\"", "2024")));
        // Paging through every row's records and naming their sources: three reads of records, three of
        // citations, one of sources.
        long deep = statements(WORKED);
        assertEquals(wide + 7, deep);
    }

    @Test
    void badArgumentsAreCoded() {
        graphql("{ balance(state: \"VNM\", powers: []) { share } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("powers"));
        graphql("{ balance(state: \"VNM\", powers: [\"VNM\"]) { share } }")
                .body("errors[0].extensions.argument", equalTo("powers"));
        graphql("{ balance(state: \"VNM\", powers: [\"USA\"], from: \"2024\", to: \"2020\") { share } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("to"));
        // 9,999 years of 20 powers would be 199,980 rows, zero years included: refused before any is built.
        graphql("{ balance(state: \"VNM\", powers: [\"USA\", \"CHN\", \"RUS\", \"JPN\", \"IND\", \"FRA\", \"GBR\", "
                + "\"DEU\", \"KOR\", \"AUS\", \"LAO\", \"KHM\", \"THA\", \"IDN\", \"SGP\", \"MYS\", \"PHL\", \"BRA\", "
                + "\"ZAF\", \"EGY\"], from: \"0001\", to: \"9999\") { share } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("to"));
        graphql("{ balance(state: \"VNM\", powers: [\"USA\"], bucket: WEEK) { share } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        graphql("{ balance(state: \"VNM\", powers: [\"XXX\"]) { share } }").body("errors", nullValue())
                .body("data.balance.size()", equalTo(0));
    }
}
