package org.bamboograph.export;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bamboograph.stats.CuratedOnlyProfile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Each CSV read back by a CSV parser and compared with the GraphQL answer for the same filters. */
@QuarkusTest
@TestProfile(CuratedOnlyProfile.class)
class ExportTest {

    private static Response get(String path) {
        return given().when().get(path);
    }

    static List<Map<String, String>> parse(byte[] body) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new String(body, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }

    private static JsonPath ok(String query) {
        return graphql(query).body("errors", nullValue()).extract().jsonPath();
    }

    @Test
    void visitsCsvIsTheGraphQLListForTheSameFilters() throws IOException {
        Response csv = get("/export/visits.csv?guestState=VNM&from=2011&to=2022");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"visits.csv\""));
        byte[] body = csv.asByteArray();
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("\r\n"), "RFC 4180 line ends");
        List<Map<String, String>> rows = parse(body);
        JsonPath list = ok("""
                { visits(guestState: "VNM", from: "2011", to: "2022", first: 100) { edges { node {
                    id date endDate guest { id name } guestState { code } hostState { code } host { id } city purpose } } } }""");
        List<Map<String, Object>> nodes = list.getList("data.visits.edges.node");
        assertEquals(nodes.size(), rows.size());
        assertTrue(rows.size() > 0);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String at = "data.visits.edges[" + i + "].node.";
            assertEquals(list.getString(at + "id"), row.get("id"));
            assertEquals(list.getString(at + "date"), blank(row.get("date")));
            assertEquals(list.getString(at + "guest.name"), row.get("guest"));
            assertEquals(list.getString(at + "guestState.code"), row.get("guestState"));
            assertEquals(list.getString(at + "hostState.code"), row.get("hostState"));
            assertEquals(list.getString(at + "city"), blank(row.get("city")));
            assertEquals(list.getString(at + "purpose"), blank(row.get("purpose")));
        }
    }

    private static String blank(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    @Test
    void everyTableMatchesItsGraphQLList() throws IOException {
        Map<String, String> queries = Map.of(
                "/export/agreements.csv?party=CHN", "{ agreements(party: \"CHN\", first: 100) { edges { node { id parties { code } } } } }",
                "/export/statements.csv?about=USA", "{ statements(about: \"USA\", first: 100) { edges { node { id } } } }",
                "/export/events.csv?from=2014&to=2014", "{ events(from: \"2014\", to: \"2014\", first: 100) { edges { node { id } } } }",
                "/export/leaders.csv?state=VNM", "{ leaders(state: \"VNM\", first: 100) { edges { node { id } } } }",
                "/export/visits.csv?city=hanoi&resultedInAgreement=true", "{ visits(city: \"hanoi\", resultedInAgreement: true, first: 100) { edges { node { id } } } }",
                "/export/events.csv?kind=MARITIME_INCIDENT", "{ events(kind: MARITIME_INCIDENT, first: 100) { edges { node { id } } } }",
                "/export/agreements.csv?title=strategic", "{ agreements(title: \"strategic\", first: 100) { edges { node { id } } } }",
                "/export/leaders.csv?office=secretary", "{ leaders(office: \"secretary\", first: 100) { edges { node { id } } } }");
        for (Map.Entry<String, String> export : queries.entrySet()) {
            List<Map<String, String>> rows = parse(get(export.getKey()).then().statusCode(200).extract().asByteArray());
            List<String> ids = ok(export.getValue()).getList("data.*.edges.node.id".replace("*",
                    export.getValue().substring(2, export.getValue().indexOf('('))), String.class);
            assertFalse(ids.isEmpty(), export.getValue() + " finds nothing: the comparison would prove nothing");
            assertEquals(ids, rows.stream().map(r -> r.get("id")).toList(), export.getKey());
        }
        List<Map<String, String>> agreements = parse(get("/export/agreements.csv?party=CHN").asByteArray());
        JsonPath list = ok("{ agreements(party: \"CHN\", first: 100) { edges { node { parties { code } } } } }");
        for (int i = 0; i < agreements.size(); i++) {
            assertEquals(String.join(";", list.getList("data.agreements.edges[" + i + "].node.parties.code", String.class)),
                    agreements.get(i).get("parties"));
        }
    }

    @Test
    void citationFilesHoldEveryCitationOfTheRecordsExported() throws IOException {
        List<Map<String, String>> rows = parse(get("/export/visit-citations.csv?hostState=CHN").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"visit-citations.csv\""))
                .extract().asByteArray());
        JsonPath list = ok("""
                { visits(hostState: "CHN", first: 100) { edges { node { id sources { excerpt source { id } } } } } }""");
        List<String> expected = new ArrayList<>();
        List<Map<String, Object>> nodes = list.getList("data.visits.edges.node");
        for (int i = 0; i < nodes.size(); i++) {
            String id = list.getString("data.visits.edges[" + i + "].node.id");
            for (Object excerpt : list.getList("data.visits.edges[" + i + "].node.sources.excerpt")) {
                expected.add(id + " " + excerpt);
            }
        }
        List<String> exported = rows.stream().map(r -> r.get("recordId") + " " + r.get("excerpt")).toList();
        assertEquals(expected.stream().sorted().toList(), exported.stream().sorted().toList());
    }

    @Test
    void dyadYearsAreTheBalanceRows() throws IOException {
        List<Map<String, String>> rows = parse(get("/export/dyad-years.csv?state=VNM&from=1990&to=2024&partners=USA,CHN")
                .then().statusCode(200).extract().asByteArray());
        JsonPath balance = ok("""
                { balance(state: "VNM", powers: ["USA", "CHN"], from: "1990", to: "2024") {
                    bucketStart power { code } visitsTo visitsFrom agreements partnership { agreement { id } } } }""");
        assertEquals(70, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String at = "data.balance[" + i + "].";
            Map<String, String> row = rows.get(i);
            assertEquals(balance.getString(at + "bucketStart"), row.get("year"));
            assertEquals(balance.getString(at + "power.code"), row.get("partner"));
            assertEquals(balance.getString(at + "visitsTo"), row.get("visitsTo"));
            assertEquals(balance.getString(at + "visitsFrom"), row.get("visitsFrom"));
            assertEquals(balance.getString(at + "agreements"), row.get("agreements"));
            assertEquals(balance.getString(at + "partnership.agreement.id"), blank(row.get("partnershipAgreement")));
        }
        // Every partner of Vietnam when none are named: each with a row per year.
        List<Map<String, String>> all = parse(get("/export/dyad-years.csv?state=VNM&from=2023&to=2023").asByteArray());
        assertTrue(all.stream().map(r -> r.get("partner")).toList().containsAll(List.of("USA", "CHN", "RUS", "JPN", "IND")));
    }

    @Test
    void getsCarryATagOnTheDataVersion() {
        String tag = get("/export/events.csv").then().statusCode(200).extract().header("ETag");
        assertTrue(tag != null && tag.startsWith("\""));
        given().header("If-None-Match", tag).when().get("/export/events.csv").then().statusCode(304);
        String other = get("/export/events.csv?state=CHN").then().statusCode(200).extract().header("ETag");
        assertTrue(!tag.equals(other), "another filter, another tag");
    }

    @Test
    void badParametersAreCoded400s() {
        String[][] cases = {
                { "/export/visits.csv?from=2023-13", "BAD_USER_INPUT", "from" },
                { "/export/visits.csv?from=2024&to=2020", "BAD_USER_INPUT", "to" },
                { "/export/visits.csv?hostStat=CHN", "BAD_USER_INPUT", "hostStat" },
                { "/export/visits.csv?hostState=CHN&hostState=USA", "BAD_USER_INPUT", "hostState" },
                { "/export/agreements.csv?kind=TREATY_OF_NOTHING", "BAD_USER_INPUT", "kind" },
                { "/export/visits.csv?resultedInAgreement=maybe", "BAD_USER_INPUT", "resultedInAgreement" },
                { "/export/events.csv?kind=PICNIC", "BAD_USER_INPUT", "kind" },
                { "/export/dyad-years.csv?from=1990", "BAD_USER_INPUT", "state" },
                { "/export/dyad-years.csv?state=VNM&partners=VNM", "BAD_USER_INPUT", "powers" },
                // Ten thousand zero years for each of twenty partners: refused before a row is built.
                { "/export/dyad-years.csv?state=VNM&from=0001&to=9999&partners=USA,CHN,RUS,JPN,IND,FRA,GBR,DEU,KOR,"
                        + "AUS,LAO,KHM,THA,IDN,SGP,MYS,PHL,BRA,ZAF,EGY", "BAD_USER_INPUT", "to" },
        };
        for (String[] bad : cases) {
            get(bad[0]).then().statusCode(400).contentType(startsWith("application/json"))
                    .header("ETag", nullValue())
                    .body("errors[0].extensions.code", equalTo(bad[1]))
                    .body("errors[0].extensions.argument", equalTo(bad[2]));
        }
        get("/export/secrets.csv").then().statusCode(404).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
