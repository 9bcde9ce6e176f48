package org.bamboograph.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A load of the curated data file, logged as one change counting the file's records by type. */
public final class CuratedChanges {

    private CuratedChanges() {
    }

    /** Logs the load, in the migration's transaction; {@code root} is the data file. */
    public static void logged(Connection connection, JsonNode root) throws SQLException {
        if (!hasChangeLog(connection)) {
            return; // a database migrated only part of the way (Flyway's target) has no change log to write to yet
        }
        Map<RecordType, Integer> counts = new LinkedHashMap<>();
        counts.put(RecordType.SOURCE, root.path("sources").size());
        counts.put(RecordType.STATE, root.path("states").size());
        counts.put(RecordType.LEADER, root.path("leaders").size());
        counts.put(RecordType.VISIT, root.path("visits").size());
        counts.put(RecordType.AGREEMENT, root.path("agreements").size());
        counts.put(RecordType.STATEMENT, root.path("statements").size());
        counts.put(RecordType.EVENT, root.path("events").size());
        ChangeRows.imported(connection, counts, null);
    }

    private static boolean hasChangeLog(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select count(*) from information_schema.tables where lower(table_name) = 'record_change'");
                var rows = statement.executeQuery()) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }
}
