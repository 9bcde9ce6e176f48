package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.bamboograph.historian.Locators;
import org.bamboograph.value.NameKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the short forms of the names already stored, and rewrites the locators of records imported before the
 * locator rule ({@code <parent folder>/<file>, record <id>}): they named the file by the path typed to the import, an
 * absolute path of the importing machine among them.
 */
public class V6_1__Short_names_and_locators extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        rewrite(connection, "select id, name from leader", "update leader set short_key = ? where id = ?",
                NameKey::shortOf);
        rewrite(connection, "select leader_id, position, name from leader_alias",
                "update leader_alias set short_key = ? where leader_id = ? and position = ?", NameKey::shortOf);
        rewrite(connection, "select id, locator from citation where locator is not null and origin = 'historian'",
                "update citation set locator = ? where id = ?", Locators::relative);
        rewrite(connection, "select id, file_name from import_record", "update import_record set file_name = ? where id = ?",
                Locators::relativeFile);
    }

    /** Reads (key columns…, value), writes (new value, key columns…) where the value changes, in batches. */
    private static void rewrite(Connection connection, String select, String update,
            java.util.function.UnaryOperator<String> change) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(select); ResultSet rs = read.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String value = rs.getString(columns);
                String changed = change.apply(value);
                if (changed != null && !changed.equals(value) || update.contains("short_key")) {
                    Object[] row = new Object[columns];
                    row[0] = changed;
                    for (int i = 1; i < columns; i++) {
                        row[i] = rs.getObject(i);
                    }
                    rows.add(row);
                }
            }
        }
        try (PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    write.setObject(i + 1, row[i]);
                }
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
