package org.bamboograph.stats;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Counts over the curated graph and every shared historian file, against counts this test makes itself from the XML
 * (by regular expression, not the importer's parser) and the curated file. Skipped, saying why, without the files.
 */
@QuarkusTest
@TestProfile(RealDataStatsProfile.class)
class StatsRealDataTest {

    private static boolean imported;

    @BeforeEach
    void importOnce() {
        Path dir = Path.of(RealDataStatsProfile.historianDir());
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: the historian datasets are not at " + dir.toAbsolutePath());
        if (!imported) {
            asEditor("mutation { importHistorianRecords(path: \".\") { recordsRead } }").body("errors", nullValue());
            imported = true;
        }
    }

    /** Records per start year of the files in {@code folder} whose {@code element} has the id {@code country}. */
    private static Map<Integer, Integer> xmlYears(String folder, String element, String country) throws IOException {
        Pattern record = Pattern.compile("<start-date>(\\d{4})[^<]*</start-date>(?:(?!</(?:trip|visit)>).)*?<" + element
                + " id=\"" + country + "\"", Pattern.DOTALL);
        Map<Integer, Integer> years = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(RealDataStatsProfile.historianDir(), folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Matcher m = record.matcher(Files.readString(file));
                while (m.find()) {
                    years.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
                }
            }
        }
        return years;
    }

    /** The XML's records plus the curated visits of the pair, a curated visit in a year the XML has counted once. */
    private static Map<Integer, Integer> expected(Map<Integer, Integer> xml, String guestState, String hostState) {
        Map<Integer, Integer> expected = new TreeMap<>(xml);
        Map<String, String> leaderStates = CuratedFile.leaderStates();
        for (JsonNode visit : CuratedFile.list("visits")) {
            Integer year = CuratedFile.year(visit);
            if (year != null && guestState.equals(leaderStates.get(visit.path("guest").asText()))
                    && hostState.equals(visit.path("hostState").asText()) && !xml.containsKey(year)) {
                expected.merge(year, 1, Integer::sum);
            }
        }
        return expected;
    }

    private static Map<Integer, Integer> byYear(String guestState, String hostState) {
        JsonPath answer = graphql("{ visitStats(guestState: \"" + guestState + "\", hostState: \"" + hostState
                + "\", groupBy: [YEAR]) { year count } }").body("errors", nullValue()).extract().jsonPath();
        Map<Integer, Integer> years = new TreeMap<>();
        List<Map<String, Object>> rows = answer.getList("data.visitStats");
        for (Map<String, Object> row : rows) {
            years.put((Integer) row.get("year"), (Integer) row.get("count"));
        }
        return years;
    }

    @Test
    void presidentsTripsPerYearAreTheFilesCounts() throws IOException {
        Map<String, String> countries = Map.of("china", "CHN", "japan", "JPN", "india", "IND", "vietnam", "VNM");
        for (Map.Entry<String, String> country : countries.entrySet()) {
            Map<Integer, Integer> xml = xmlYears("president-travels", "country", country.getKey());
            assertEquals(expected(xml, "USA", country.getValue()), byYear("USA", country.getValue()), country.getKey());
        }
    }

    @Test
    void vietnameseVisitsToTheUnitedStatesPerYearAreTheFilesCounts() throws IOException {
        Map<Integer, Integer> xml = xmlYears("visits", "from", "vietnam");
        assertEquals(expected(xml, "VNM", "USA"), byYear("VNM", "USA"));
    }

    @Test
    void theCsvOfEveryVisitHoldsEveryVisitOnce() throws IOException {
        int total = graphql("{ visitStats(groupBy: []) { count } }").body("errors", nullValue()).extract().jsonPath()
                .getInt("data.visitStats[0].count");
        byte[] body = given().when().get("/export/visits.csv").then().statusCode(200).extract().asByteArray();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            List<Map<String, String>> all = rows.readAll();
            assertEquals(total, all.size());
            assertEquals(total, all.stream().map(r -> r.get("id")).distinct().count());
        }
    }
}
