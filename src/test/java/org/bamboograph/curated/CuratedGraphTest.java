package org.bamboograph.curated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Applying the data file is an upsert by record id: the same file again changes nothing, a corrected file changes
 * exactly what it corrects, and a file with a broken
 * reference or date is refused with a message naming it (the migration's transaction then writes nothing). Each case runs
 * in a transaction that is rolled back, so the shared test database stays as the migration left it.
 */
@QuarkusTest
class CuratedGraphTest {

    private static final List<String> TABLES = List.of("source", "state", "leader", "leader_alias", "office", "visit",
            "agreement", "agreement_party", "statement", "statement_speaker", "statement_about", "event", "event_state",
            "citation");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void applyingTheSameFileAgainChangesNothing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<String> before = snapshot(connection);
                CuratedGraph.read().applyTo(connection);
                assertEquals(before, snapshot(connection));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aCorrectedFileUpdatesChangedRecordsAndRemovesDroppedOnes() throws SQLException {
        ObjectNode root = CuratedGraph.read().root().deepCopy();
        ObjectNode biden = (ObjectNode) find(root.withArray("visits"), "biden-vietnam-2023");
        biden.put("purpose", "Corrected purpose");
        ArrayNode events = root.withArray("events");
        String dropped = events.get(0).get("id").asText();
        events.remove(0);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int eventsBefore = count(connection, "select count(*) from event");
                CuratedGraph.from(root).applyTo(connection);
                assertEquals("Corrected purpose",
                        single(connection, "select purpose from visit where id = 'biden-vietnam-2023'"));
                assertEquals(eventsBefore - 1, count(connection, "select count(*) from event"));
                assertEquals(0, count(connection, "select count(*) from event where id = '" + dropped + "'"));
                assertEquals(0, count(connection, "select count(*) from citation where subject_id = '" + dropped + "'"));
                // Records of other origins are left alone.
                assertEquals(5, count(connection, "select count(*) from visit where origin = 'fixture'"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aBrokenReferenceIsRefusedNamingIt() throws SQLException {
        ObjectNode root = CuratedGraph.read().root().deepCopy();
        ((ObjectNode) find(root.withArray("visits"), "biden-vietnam-2023")).put("guest", "nobody");
        assertRefused(root, "visits.biden-vietnam-2023.guest");
    }

    @Test
    void anImpossibleDateIsRefused() throws SQLException {
        ObjectNode root = CuratedGraph.read().root().deepCopy();
        ((ObjectNode) find(root.withArray("visits"), "biden-vietnam-2023")).put("date", "2023-13");
        assertRefused(root, "2023-13");
    }

    @Test
    void aStatedFieldNoCitationSupportsIsRefused() throws SQLException {
        ObjectNode root = CuratedGraph.read().root().deepCopy();
        // Trong invited Xi, and nobody is said to have received him: a host there has no citation to stand on.
        ((ObjectNode) find(root.withArray("visits"), "xi-vietnam-2023-12")).put("host", "nguyen-phu-trong");
        assertRefused(root, "visit xi-vietnam-2023-12 gives 'host' a value that none of its citations supports");
    }

    @Test
    void aCitationMustNameFieldsOfItsRecord() throws SQLException {
        ObjectNode root = CuratedGraph.read().root().deepCopy();
        ObjectNode citation = (ObjectNode) find(root.withArray("visits"), "biden-vietnam-2023").get("sources").get(1);
        citation.putArray("supports").add("weather");
        assertRefused(root, "visit biden-vietnam-2023 sources[1] supports 'weather'");
        citation.putArray("supports");
        assertRefused(root, "visit biden-vietnam-2023 sources[1] names no field it supports");
    }

    /** The migration fails with a message naming the fault; its transaction, and so the database, is rolled back. */
    private void assertRefused(JsonNode root, String named) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> CuratedGraph.from(root).applyTo(connection));
                assertTrue(e.getMessage().contains(named), e.getMessage());
            } finally {
                connection.rollback();
            }
            assertEquals("Hanoi", single(connection, "select city from visit where id = 'biden-vietnam-2023'"));
        }
    }

    private static JsonNode find(ArrayNode list, String id) {
        for (JsonNode node : list) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no record " + id);
    }

    private static List<String> snapshot(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select * from " + table + " order by 1, 2")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append('|').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private static int count(Connection connection, String sql) throws SQLException {
        return Integer.parseInt(single(connection, sql));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
