package org.bamboograph.historian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.bamboograph.testing.TestDatabases;

/**
 * H2's page cache during an import, on a database file of its own (the suite's in-memory H2 has no page cache): wider
 * while the import runs, as it was once it ends, and left alone where it is wide already or may not be changed.
 */
class ImportCacheTest {

    @TempDir
    Path dir;

    /** The PostgreSQL flavour is built without H2: it has no page cache of H2 to widen. */
    @BeforeEach
    void h2Flavour() {
        TestDatabases.assumeH2("H2's page cache");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("cache");
    }

    @Test
    void widenedWhileTheImportRunsAndSetBackAfter() throws SQLException {
        try (Connection watcher = DriverManager.getConnection(url(), "sa", "")) {
            long before = cacheMb(watcher);
            assertEquals(16, before, "H2's default page cache");
            try (Connection importing = DriverManager.getConnection(url(), "sa", "");
                    ImportCache cache = ImportCache.widen(importing)) {
                long expected = Math.min(128, Runtime.getRuntime().maxMemory() / 4 / 1024 / 1024);
                assertEquals(expected, cacheMb(watcher));
            }
            assertEquals(before, cacheMb(watcher));
        }
        // The last connection closed the database: the size set back is the one kept in the file.
        try (Connection reopened = DriverManager.getConnection(url(), "sa", "")) {
            assertEquals(16, cacheMb(reopened));
        }
    }

    @Test
    void aWiderCacheStaysAsItIs() throws SQLException {
        try (Connection watcher = DriverManager.getConnection(url(), "sa", "")) {
            execute(watcher, "set cache_size 262144");
            try (Connection importing = DriverManager.getConnection(url(), "sa", "");
                    ImportCache cache = ImportCache.widen(importing)) {
                assertEquals(256, cacheMb(watcher));
            }
            assertEquals(256, cacheMb(watcher));
        }
    }

    @Test
    void aUserWithoutAdminRightsImportsUnderTheCacheAsItIs() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(), "sa", "")) {
            execute(admin, "create user reader password 'r'");
            try (Connection importing = DriverManager.getConnection(url(), "reader", "r");
                    ImportCache cache = ImportCache.widen(importing)) {
                assertEquals(16, cacheMb(admin));
            }
            assertEquals(16, cacheMb(admin));
        }
    }

    private static long cacheMb(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
