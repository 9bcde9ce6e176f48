package org.bamboograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.bamboograph.testing.TestDatabases;

/** Rows written in multi-row inserts arrive whole and as given: every row, nulls, dates, constants, the rest. */
class RowBatchTest {

    private static final String INSERT = "insert into t (id, n, visit_day, note, origin) values (?, ?, ?, ?, 'imported')";

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        TestDatabases.assumeH2("an in-memory H2");
        connection = DriverManager.getConnection("jdbc:h2:mem:rowbatch" + System.nanoTime(), "sa", "");
        try (Statement create = connection.createStatement()) {
            create.execute("create table t (id varchar(20) primary key, n integer, visit_day date, "
                    + "note varchar(50), origin varchar(16) not null)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void manyRowsInMultiRowInsertsAndTheRest() throws SQLException {
        int count = 2 * RowBatch.ROWS_PER_INSERT + 37;
        RowBatch batch = new RowBatch(INSERT, 500);
        for (int i = count - 1; i >= 0; i--) {
            batch.add(String.format("r%04d", i), i, LocalDate.of(2000, 1, 1).plusDays(i), i % 3 == 0 ? null : "n" + i);
        }
        batch.write(connection);
        assertEquals(expected(count), rows());
    }

    @Test
    void rowByRowAndInSmallBatchesAlike() throws SQLException {
        for (int size : new int[] { 1, 7 }) {
            try (Statement clear = connection.createStatement()) {
                clear.execute("delete from t");
            }
            RowBatch batch = new RowBatch(INSERT, size);
            for (int i = 0; i < 20; i++) {
                batch.add(String.format("r%04d", i), i, LocalDate.of(2000, 1, 1).plusDays(i),
                        i % 3 == 0 ? null : "n" + i);
            }
            batch.write(connection);
            assertEquals(expected(20), rows(), "batches of " + size);
        }
    }

    /** Sorted by the key: the table's hidden row order follows it. */
    @Test
    void sortedByAColumnBeforeTheInsert() throws SQLException {
        RowBatch batch = new RowBatch("insert into t (id, n, origin) values (?, ?, 'imported')", 500).sortedBy(0);
        batch.add("c", 1);
        batch.add("a", 2);
        batch.add("b", 3);
        batch.write(connection);
        List<String> order = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("select id from t order by _rowid_")) {
            while (rs.next()) {
                order.add(rs.getString(1));
            }
        }
        assertEquals(List.of("a", "b", "c"), order);
    }

    /** Updates and deletes keep their one-row statements; a failing row still fails the write. */
    @Test
    void otherStatementsAndFailuresAsBefore() throws SQLException {
        RowBatch insert = new RowBatch("insert into t (id, n, origin) values (?, ?, 'imported')", 500);
        insert.add("a", 1);
        insert.add("b", 2);
        insert.write(connection);
        RowBatch update = new RowBatch("update t set n = ? where id = ?", 500);
        update.add(10, "a");
        update.add(20, "b");
        update.write(connection);
        assertEquals(List.of("a|10|null|null", "b|20|null|null"), rows());
        RowBatch again = new RowBatch("insert into t (id, n, origin) values (?, ?, 'imported')", 500);
        again.add("c", 3);
        again.add("a", 4);
        assertThrows(SQLException.class, () -> again.write(connection));
    }

    private static List<String> expected(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(String.format("r%04d", i) + "|" + i + "|" + LocalDate.of(2000, 1, 1).plusDays(i) + "|"
                    + (i % 3 == 0 ? null : "n" + i));
        }
        return rows;
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("select id, n, visit_day, note, origin from t order by id")) {
            while (rs.next()) {
                assertEquals("imported", rs.getString(5));
                rows.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getObject(3, LocalDate.class) + "|"
                        + rs.getString(4));
            }
        }
        return rows;
    }
}
