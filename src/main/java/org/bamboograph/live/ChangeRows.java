package org.bamboograph.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows of the change log ({@code record_change}), through the JDBC connection of the writing transaction. Each
 * row is added after the graph's data version was raised, so under that row's lock: ids come in commit order, and a
 * reader that has seen id n has seen every change before it. On PostgreSQL the row is also announced with
 * {@code pg_notify}, which PostgreSQL delivers to every listening instance when, and only if, the transaction commits.
 */
public final class ChangeRows {

    /** The channel every instance listens on. */
    static final String CHANNEL = "bamboo_changes";

    private ChangeRows() {
    }

    /** One row as stored; {@code type} and {@code recordId} are null for an import, {@code counts} empty otherwise. */
    record Row(long id, ChangeKind kind, RecordType type, String recordId, Integer version, String by,
            OffsetDateTime at, List<String> states, Map<RecordType, Integer> counts) {
    }

    /** Logs a change of one record, in the caller's transaction. */
    static void recordChanged(Connection connection, ChangeKind kind, RecordType type, String id, String by)
            throws SQLException {
        Integer version = kind == ChangeKind.DELETED ? null : version(connection, type, id);
        List<String> states = kind == ChangeKind.DELETED ? lastStates(connection, type, id) : states(connection, type, id);
        insert(connection, kind, type, id, version, by, states == null ? null : String.join(",", states), null);
    }

    /**
     * Logs an import or a curated load as one change counting what it wrote by type, in the caller's transaction. A
     * type with no record written is left out.
     */
    public static void imported(Connection connection, Map<RecordType, Integer> counts, String by) throws SQLException {
        StringBuilder text = new StringBuilder();
        counts.forEach((type, count) -> {
            if (count != null && count > 0) {
                text.append(text.length() == 0 ? "" : ",").append(type.name()).append('=').append(count);
            }
        });
        insert(connection, ChangeKind.IMPORT, null, null, null, by, null, text.toString());
    }

    private static void insert(Connection connection, ChangeKind kind, RecordType type, String id, Integer version,
            String by, String states, String counts) throws SQLException {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long changeId;
        try (PreparedStatement insert = connection.prepareStatement("insert into record_change (kind, record_type, "
                + "record_id, version, changed_by, changed_at, states, counts) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.name());
            insert.setString(2, type == null ? null : type.name());
            insert.setString(3, id);
            insert.setObject(4, version);
            insert.setString(5, by);
            insert.setObject(6, at);
            insert.setString(7, states);
            insert.setString(8, counts);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                changeId = keys.getLong(1);
            }
        }
        if (isPostgres(connection)) {
            // Small, as NOTIFY payloads must be: listeners read the row itself from the log.
            String payload = "{\"change\":" + changeId + ",\"kind\":\"" + kind + "\""
                    + (type == null ? "" : ",\"type\":\"" + type + "\",\"version\":" + version) + "}";
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            }
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static Integer version(Connection connection, RecordType type, String id) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "select version from " + type.table + " where " + type.key + " = ?")) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    /** The codes of the states the record concerns now, sorted; empty for a type that concerns none. */
    static List<String> states(Connection connection, RecordType type, String id) throws SQLException {
        TreeSet<String> codes = new TreeSet<>();
        if (type.statesSql != null) {
            try (PreparedStatement read = connection.prepareStatement(type.statesSql)) {
                for (int i = 1; i <= read.getParameterMetaData().getParameterCount(); i++) {
                    read.setString(i, id);
                }
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /**
     * The states a deleted record concerned, as its last logged change says; null when the log has none (a record
     * of the curated data or of an import, never changed since), so that a state filter lets the delete through.
     */
    private static List<String> lastStates(Connection connection, RecordType type, String id) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select states from record_change where "
                + "record_type = ? and record_id = ? and states is not null order by id desc")) {
            read.setString(1, type.name());
            read.setString(2, id);
            read.setMaxRows(1);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? split(row.getString(1)) : null;
            }
        }
    }

    /** The newest change's id, 0 when the log is empty. */
    static long latest(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select max(id) from record_change");
                ResultSet row = read.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Up to {@code limit} changes after the change {@code after}, oldest first. */
    static List<Row> after(Connection connection, long after, int limit) throws SQLException {
        return read(connection, "id > ?", after, limit);
    }

    /** Up to {@code limit} changes at or after the instant {@code since}, oldest first, from change {@code after} on. */
    static List<Row> since(Connection connection, OffsetDateTime since, long after, int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(SELECT + "where changed_at >= ? and id > ? order by id")) {
            read.setObject(1, since);
            read.setLong(2, after);
            read.setMaxRows(limit);
            return rows(read);
        }
    }

    private static final String SELECT = "select id, kind, record_type, record_id, version, changed_by, changed_at, "
            + "states, counts from record_change ";

    private static List<Row> read(Connection connection, String condition, long value, int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(SELECT + "where " + condition + " order by id")) {
            read.setLong(1, value);
            read.setMaxRows(limit);
            return rows(read);
        }
    }

    private static List<Row> rows(PreparedStatement read) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet row = read.executeQuery()) {
            while (row.next()) {
                String type = row.getString(3);
                rows.add(new Row(row.getLong(1), ChangeKind.valueOf(row.getString(2)),
                        type == null ? null : RecordType.valueOf(type), row.getString(4),
                        (Integer) row.getObject(5, Integer.class), row.getString(6),
                        row.getObject(7, OffsetDateTime.class), row.getString(8) == null ? null : split(row.getString(8)),
                        counts(row.getString(9))));
            }
        }
        return rows;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    private static Map<RecordType, Integer> counts(String text) {
        Map<RecordType, Integer> counts = new LinkedHashMap<>();
        for (String part : split(text)) {
            int at = part.indexOf('=');
            counts.put(RecordType.valueOf(part.substring(0, at)), Integer.parseInt(part.substring(at + 1)));
        }
        return counts;
    }
}
