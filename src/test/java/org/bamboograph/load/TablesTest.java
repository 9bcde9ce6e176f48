package org.bamboograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.bamboograph.value.Origin;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The loaders' description of the tables against the tables the migrations made. */
@QuarkusTest
class TablesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyDescribedColumnExists() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (Table table : Tables.ALL) {
                Set<String> actual = columns(connection, table.name());
                assertTrue(actual.contains(table.key()), table.name() + " has no column " + table.key() + ": " + actual);
                for (String column : table.columns()) {
                    assertTrue(actual.contains(column), table.name() + " has no column " + column + ": " + actual);
                }
            }
        }
    }

    @Test
    void statementsNameOnlyDescribedColumns() {
        assertEquals("insert into visit (city, id, origin) values (?, ?, 'historian')",
                Tables.VISIT.insertKeyLast(Origin.HISTORIAN, "city"));
        assertEquals("update leader set state_code = ?, version = version + 1 where id = ?",
                Tables.LEADER.updateByKey("state_code"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tables.VISIT.insert("guest"));
        assertEquals("table visit has no column guest", e.getMessage());
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        for (String name : new String[] { table, table.toUpperCase(Locale.ROOT) }) {
            try (ResultSet rs = connection.getMetaData().getColumns(null, null, name, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
