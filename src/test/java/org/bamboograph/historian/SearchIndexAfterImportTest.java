package org.bamboograph.historian;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.bamboograph.search.SearchIndex;
import org.bamboograph.search.SearchType;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An import indexes only what it touched; the index it leaves must be the one a full rebuild writes. Each step
 * (new records, then a file whose record changed, then the same files again) is compared with a rebuild's rows: every
 * text of every record, and on H2 every term's list of texts, named by content rather than by row id.
 */
@QuarkusTest
@TestProfile(SampleImportProfile.class)
class SearchIndexAfterImportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachImportLeavesTheIndexARebuildWouldWrite() throws SQLException {
        for (String path : List.of("visits-sample.xml", "trips-sample.xml", "update-v1", "update-v2", "succession",
                "secretary-sample", "new-spelling", "update-v2")) {
            HistorianImportTest.importPath(path).body("errors", nullValue())
                    .body("data.importHistorianRecords.recordsRead", greaterThan(0));
            Map<String, List<String>> incremental = snapshot();
            rebuild();
            assertEquals(snapshot(), incremental, "after importing " + path);
        }
    }

    /**
     * A refresh of many records of each type (an import's size: every record of the type, and ids of no record, so
     * that the list is long on a small database too) takes the one-pass path; it too must leave a rebuild's index.
     */
    @Test
    void aRefreshOfManyRecordsLeavesTheIndexARebuildWouldWrite() throws SQLException {
        HistorianImportTest.importPath("visits-sample.xml").body("errors", nullValue());
        Map<SearchType, Set<String>> subjects = new EnumMap<>(SearchType.class);
        String[][] sources = { { "VISIT", "select id from visit" }, { "LEADER", "select id from leader" },
            { "STATE", "select code from state" }, { "STATEMENT", "select id from statement" },
            { "EVENT", "select id from event" }, { "AGREEMENT", "select id from agreement" } };
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] source : sources) {
                Set<String> ids = new HashSet<>();
                try (ResultSet rows = statement.executeQuery(source[1])) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                for (int i = 0; i < 200; i++) {
                    ids.add("no-such-record-" + i);
                }
                subjects.put(SearchType.valueOf(source[0]), ids);
            }
        }
        rebuild();
        Map<String, List<String>> rebuilt = snapshot();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SearchIndex.refresh(connection, subjects);
            connection.commit();
        }
        assertEquals(rebuilt, snapshot());
    }

    private void rebuild() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SearchIndex.rebuild(connection);
            connection.commit();
        }
    }

    /**
     * The index by content: "docs" lists every row (subject, field, body, folded body), sorted; on H2 each term maps
     * to the sorted rows its list names, and a list naming a row that does not exist or out of order fails.
     */
    private Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> index = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<Long, String> docs = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select id, subject_type, subject_id, field, body, body_key "
                    + "from search_doc")) {
                while (rows.next()) {
                    docs.put(rows.getLong(1), String.join("|", rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6)));
                }
            }
            List<String> all = new ArrayList<>(docs.values());
            all.sort(null);
            index.put("docs", all);
            assertTrue(all.size() > 100, "the index holds the curated and imported texts: " + all.size());
            if (!SearchIndex.postgres(connection)) {
                try (ResultSet rows = statement.executeQuery("select term, docs from search_posting")) {
                    while (rows.next()) {
                        long[] ids = Arrays.stream(rows.getString(2).split(" ")).mapToLong(Long::parseLong).toArray();
                        List<String> named = new ArrayList<>();
                        for (int i = 0; i < ids.length; i++) {
                            assertTrue(i == 0 || ids[i - 1] < ids[i], rows.getString(1) + ": ids ascending");
                            assertTrue(docs.containsKey(ids[i]), rows.getString(1) + ": row " + ids[i] + " exists");
                            named.add(docs.get(ids[i]));
                        }
                        named.sort(null);
                        index.put("term " + rows.getString(1), named);
                    }
                }
            }
        }
        return index;
    }
}
