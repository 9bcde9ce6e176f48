package org.bamboograph.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows waiting for one statement, sent as JDBC batches of {@code batchSize} rows (1: each row on its own). */
public final class RowBatch {

    private final String sql;
    private final int batchSize;
    private final List<Object[]> rows = new ArrayList<>();

    public RowBatch(String sql, int batchSize) {
        this.sql = sql;
        this.batchSize = batchSize;
    }

    /** One row: the statement's parameters, in order. */
    public void add(Object... values) {
        rows.add(values);
    }

    public void write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                if (batchSize == 1) {
                    statement.executeUpdate();
                    continue;
                }
                statement.addBatch();
                if (++pending == batchSize) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
        rows.clear();
    }
}
