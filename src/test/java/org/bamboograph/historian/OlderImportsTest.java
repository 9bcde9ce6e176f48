package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An installation upgraded from a version whose importer kept a person who led a state and its successor as two
 * Leaders, a nickname's two spellings as two people, and presidents' offices twice: the start (migration V8) merges
 * them, and importing the same files again then leaves exactly the rows a fresh import of them leaves.
 */
@QuarkusTest
@TestProfile(OlderDatabaseProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OlderImportsTest {

    private static final String LEADER = """
            query($id: ID!) { leader(id: $id) { name state { code } aliases offices { title state { code } from to }
              visits { id } sources { locator supports } } }""";

    @Test
    @Order(1)
    void theStartMergesWhatTheOlderImporterKeptApart() throws SQLException {
        graphql(LEADER, Map.of("id", "h-vaclav-testhavel-csk"))
                .body("errors", nullValue())
                .body("data.leader.state.code", equalTo("CZE"))
                .body("data.leader.offices.state.code", contains("CSK", "CZE"))
                .body("data.leader.offices.title", contains("President", "President"))
                .body("data.leader.visits.id", containsInAnyOrder("h-visits-U7101", "h-visits-U7103", "h-visits-U7105"))
                .body("data.leader.aliases", contains("Václav Testhavel"))
                .body("data.leader.sources.locator", contains("visits/1990.xml, record U7101",
                        "visits/1990.xml, record U7103"));
        graphql(LEADER, Map.of("id", "h-vaclav-testhavel-cze")).body("data.leader", nullValue());
        // The namesake of the sister state stays another person.
        graphql(LEADER, Map.of("id", "h-vaclav-testhavel-svk"))
                .body("data.leader.visits.id", contains("h-visits-U7104"));
        graphql("{ leader(name: \"Wim Testkok\") { id aliases offices { title } visits { id } } }")
                .body("errors", nullValue())
                .body("data.leader.id", equalTo("h-willem-wim-testkok-nld"))
                .body("data.leader.aliases", contains("Wim Testkok"))
                .body("data.leader.offices.title", contains("Prime Minister"))
                .body("data.leader.visits.id", containsInAnyOrder("h-visits-U7102", "h-visits-U7106"));
        // Her terms, once each; her trip as president-elect stays among her visits.
        graphql("{ leader(name: \"Ada Testpresident\") { offices { from to } visits { id } } }")
                .body("data.leader.offices.from", contains("2009-01-20", "2017-01-20"))
                .body("data.leader.visits.id", hasItem("h-travels-president-U7201"));
        try (Connection connection = OlderDatabase.connect(OlderDatabase.UPGRADED)) {
            assertEquals(9, count(connection, "select count(*) from citation where subject_type = 'VISIT' "
                    + "and id like 'VISIT:h-%' and origin = 'historian'"), "every visit's citation kept");
            assertEquals(9, count(connection, "select count(*) from visit where origin = 'historian'"));
        }
    }

    @Test
    @Order(2)
    void importingTheSameFilesAgainLeavesTheRowsOfAFreshImport() throws SQLException {
        for (String path : List.of("president-travels", "visits")) {
            asEditor("mutation($path: String!) { importHistorianRecords(path: $path) { created } }",
                    Map.of("path", path)).body("errors", nullValue()).body("data.importHistorianRecords.created",
                            equalTo(0));
        }
        OlderDatabase.migrate(OlderDatabase.FRESH, "latest", "classpath:db/migration",
                OlderDatabase.FRESH.startsWith("jdbc:h2:") ? "classpath:db/h2" : "classpath:db/postgresql",
                "classpath:db/fixtures");
        try (Connection upgraded = OlderDatabase.connect(OlderDatabase.UPGRADED);
                Connection fresh = OlderDatabase.connect(OlderDatabase.FRESH)) {
            HistorianImport.importInto(fresh, List.of(Path.of("src/test/resources/historian/upgrade/president-travels"),
                    Path.of("src/test/resources/historian/upgrade/visits")), false);
            for (String table : List.of("source", "state", "leader", "leader_alias", "office", "visit", "citation",
                    "import_record", "import_file", "statement_speaker")) {
                assertEquals(rows(fresh, table), rows(upgraded, table), table);
            }
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A table's rows as text, sorted, without the optimistic version counters that every write raises. */
    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.getColumnName(i).equalsIgnoreCase("version")) {
                        row.put(meta.getColumnName(i).toLowerCase(), rs.getObject(i));
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
