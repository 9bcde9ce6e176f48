package org.bamboograph.historian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
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
 * The import command's writes on H2: in the background while it imports, the service's delay (none) back afterwards,
 * and the committed import in the database file before the command reports it.
 */
class ImportWritesTest {

    @TempDir
    Path dir;

    /** The PostgreSQL flavour is built without H2. */
    @BeforeEach
    void h2Flavour() {
        TestDatabases.assumeH2("H2's write delay");
    }

    /** The service's URL: commits written at once. */
    private String url() {
        return "jdbc:h2:file:" + dir.resolve("writes") + ";WRITE_DELAY=0";
    }

    @Test
    void delayedWhileTheImportRunsAndSetBackAfter() throws SQLException {
        try (Connection watcher = DriverManager.getConnection(url(), "sa", "")) {
            assertEquals(0, ImportWrites.currentMs(watcher));
            try (Connection importing = DriverManager.getConnection(url(), "sa", "");
                    ImportWrites writes = ImportWrites.inBackground(importing)) {
                assertEquals(ImportWrites.DELAY_MS, ImportWrites.currentMs(watcher));
            }
            assertEquals(0, ImportWrites.currentMs(watcher));
        }
        // The delay set back is the one kept in the file, whatever the next connection's URL says.
        try (Connection reopened = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("writes"), "sa", "")) {
            assertEquals(0, ImportWrites.currentMs(reopened));
        }
    }

    /** {@code bamboo.import.h2-write-delay=0}: the import command writes as the server does, on its own thread. */
    @Test
    void noDelayWhenTheCommandAsksForNone() throws SQLException {
        try (Connection watcher = DriverManager.getConnection(url(), "sa", "");
                Connection importing = DriverManager.getConnection(url(), "sa", "");
                ImportWrites writes = ImportWrites.forCommand(importing, 0)) {
            assertEquals(0, ImportWrites.currentMs(watcher));
            writes.durable();
            assertEquals(0, ImportWrites.currentMs(watcher));
        }
    }

    /**
     * What {@link ImportWrites#durable} returns from is in the file: a copy of the file taken then, while the
     * database is still open, holds the committed rows. Without it, under the delay, the commit would still be in
     * memory only.
     */
    @Test
    void theCommittedImportIsInTheFileWhenDurableReturns() throws SQLException, IOException {
        try (Connection importing = DriverManager.getConnection(url(), "sa", "")) {
            execute(importing, "create table t (id int primary key, body varchar(200))");
            try (ImportWrites writes = ImportWrites.inBackground(importing)) {
                importing.setAutoCommit(false);
                try (Statement insert = importing.createStatement()) {
                    insert.execute("insert into t select x, repeat('x', 100) from system_range(1, 5000)");
                }
                importing.commit();
                writes.durable();
                Files.copy(dir.resolve("writes.mv.db"), dir.resolve("copy.mv.db"));
                importing.setAutoCommit(true);
            }
        }
        try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("copy"), "sa", "");
                Statement count = copy.createStatement(); ResultSet row = count.executeQuery("select count(*) from t")) {
            row.next();
            assertEquals(5000, row.getInt(1));
        }
    }

    @Test
    void aUserWithoutAdminRightsImportsUnderTheDatabasesOwnWrites() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(), "sa", "")) {
            execute(admin, "create user writer password 'w'");
            // Only an admin may give a setting in the URL: the writer connects without one.
            try (Connection importing = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("writes"), "writer",
                    "w");
                    ImportWrites writes = ImportWrites.inBackground(importing)) {
                assertEquals(0, ImportWrites.currentMs(admin));
                writes.durable();
            }
            assertEquals(0, ImportWrites.currentMs(admin));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
