package org.bamboograph.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows waiting for one statement, sent as JDBC batches of {@code batchSize} rows (1: each row on its own).
 *
 * <p>An insert of one row of values is sent as multi-row inserts ({@code values (…), (…), …}) of up to
 * {@value #ROWS_PER_INSERT} rows, batched in turn: PostgreSQL then runs one statement per hundred rows instead of one per
 * row, and the driver makes a round-trip per batch, not per row; H2 parses and checks one statement per hundred rows.
 * An insert's rows may also be sorted by a column (the key) first, so that its index is appended to rather than
 * written all over.
 */
public final class RowBatch {

    /** Rows per multi-row insert: few statements, and far below PostgreSQL's limit of 32,767 parameters. */
    static final int ROWS_PER_INSERT = 100;

    /** {@code insert into t (a, b) values (?, ?[, constant])}: the part before the row, and the row. */
    private static final Pattern ONE_ROW_INSERT = Pattern.compile("(?is)(insert into .*\\) values )(\\([^()]*\\))");

    private final String sql;
    private final int batchSize;
    private final List<Object[]> rows = new ArrayList<>();
    /** The parameter the rows are sorted by before an insert, or -1 to keep their order. */
    private int sortColumn = -1;

    public RowBatch(String sql, int batchSize) {
        this.sql = sql;
        this.batchSize = batchSize;
    }

    /**
     * Writes the rows in the order of parameter {@code column} (0-based; compared as text), not in the order added.
     * For inserts of rows that do not refer to one another: B-tree pages are filled one after the other, and fewer
     * pages are changed and written again.
     */
    public RowBatch sortedBy(int column) {
        this.sortColumn = column;
        return this;
    }

    /** One row: the statement's parameters, in order. */
    public void add(Object... values) {
        rows.add(values);
    }

    public void write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (sortColumn >= 0) {
            sortByKey();
        }
        Matcher insert = ONE_ROW_INSERT.matcher(sql);
        if (batchSize > 1 && rows.size() > 1 && insert.matches()) {
            writeMultiRow(connection, insert.group(1), insert.group(2));
        } else {
            writeEach(connection);
        }
        rows.clear();
    }

    /** Sorts the rows by their key as text, each key made text once rather than at every comparison. */
    private void sortByKey() {
        record Keyed(String key, Object[] row) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            keyed.add(new Keyed(String.valueOf(row[sortColumn]), row));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        rows.clear();
        for (Keyed k : keyed) {
            rows.add(k.row());
        }
    }

    private void writeEach(Connection connection) throws SQLException {
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
    }

    /** Full statements of {@link #ROWS_PER_INSERT} rows in JDBC batches of about {@code batchSize} rows, then the rest. */
    private void writeMultiRow(Connection connection, String head, String row) throws SQLException {
        int perInsert = Math.min(ROWS_PER_INSERT, batchSize);
        int full = rows.size() / perInsert;
        int statementsPerBatch = Math.max(1, batchSize / perInsert);
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(multiRow(head, row, perInsert))) {
                int pending = 0;
                for (int s = 0; s < full; s++) {
                    bind(statement, s * perInsert, perInsert);
                    statement.addBatch();
                    if (++pending == statementsPerBatch) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
        int rest = rows.size() - full * perInsert;
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(multiRow(head, row, rest))) {
                bind(statement, full * perInsert, rest);
                statement.executeUpdate();
            }
        }
    }

    private void bind(PreparedStatement statement, int from, int count) throws SQLException {
        int parameter = 1;
        for (int r = from; r < from + count; r++) {
            for (Object value : rows.get(r)) {
                statement.setObject(parameter++, value);
            }
        }
    }

    static String multiRow(String head, String row, int count) {
        return head + String.join(", ", Collections.nCopies(count, row));
    }
}
