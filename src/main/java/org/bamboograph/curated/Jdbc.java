package org.bamboograph.curated;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bamboograph.load.Table;
import org.bamboograph.value.Origin;

/** The few portable JDBC statements the curated data needs: plain SQL that H2 and PostgreSQL both accept. */
final class Jdbc {

    private final Connection connection;

    Jdbc(Connection connection) {
        this.connection = connection;
    }

    /**
     * Updates the row with this key where it differs, or inserts it where there is none. Only a row that really
     * changes gets a new version: a record an editor holds must not look changed when it is not, nor the reverse.
     */
    void upsert(Table table, Object key, Map<String, Object> columns) throws SQLException {
        table.check(columns.keySet());
        String keyColumn = table.key();
        List<String> names = new ArrayList<>(columns.keySet());
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            set.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ?");
            differs.append(i == 0 ? "" : " or ").append(names.get(i)).append(" is distinct from ?");
        }
        List<Object> values = new ArrayList<>(columns.values());
        values.add(key);
        values.addAll(columns.values());
        String update = "update " + table.name() + " set " + set + ", version = version + 1 where " + keyColumn + " = ? and ("
                + differs + ")";
        if (execute(update, values) == 0 && !exists(table, key)) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put(keyColumn, key);
            row.putAll(columns);
            insert(table, row);
        }
    }

    private boolean exists(Table table, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from " + table.name() + " where " + table.key() + " = ?")) {
            statement.setObject(1, key);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insert(Table table, Map<String, Object> row) throws SQLException {
        execute(table.insert(row.keySet().toArray(String[]::new)), new ArrayList<>(row.values()));
    }

    int execute(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement.executeUpdate();
        }
    }

    /** Deletes the rows whose {@code column} is one of {@code values}. */
    void deleteWhereIn(String table, String column, Collection<String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        execute("delete from " + table + " where " + column + " in ("
                + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")", new ArrayList<>(values));
    }

    /** Deletes the rows of one origin whose key is not among {@code keep}. */
    void deleteStale(Table table, Origin origin, Collection<String> keep) throws SQLException {
        String keyColumn = table.key();
        List<Object> values = new ArrayList<>();
        values.add(origin.column());
        values.addAll(keep);
        String notIn = keep.isEmpty() ? ""
                : " and " + keyColumn + " not in (" + String.join(", ", java.util.Collections.nCopies(keep.size(), "?")) + ")";
        execute("delete from " + table.name() + " where origin = ?" + notIn, values);
    }
}
