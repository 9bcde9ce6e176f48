package org.bamboograph.historian;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * How H2 writes during an import that has the database to itself (the import command, which runs while the server is
 * stopped), and that the import is on the disk when it reports success.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes its pages on the importing thread: an import of thousands of records
 * outgrows H2's buffer of unsaved pages several times before its commit, and each time the thread stopped to
 * serialize and write them. With a delay, H2 hands that work to a thread of its own, on the other core. The commit
 * itself is then made durable explicitly: {@code CHECKPOINT SYNC} writes everything and has the operating system put
 * it on the disk ({@code fsync}), which an ordinary H2 commit does not do, so that a power cut after the import's
 * summary line loses nothing. Then the delay is set back.
 *
 * <p>{@code SET WRITE_DELAY} holds for the whole database and is kept in its file, so this is only for an import that
 * no other session shares (a writer's commit meanwhile would wait for the background writer), set before the import's
 * transaction begins and set back after it ends; a process killed in between leaves the delay to the next connection,
 * whose URL sets it again ({@code WRITE_DELAY=0} in the service's). On PostgreSQL, which makes every commit durable,
 * and where H2's settings cannot be read or changed, this does nothing.
 */
final class ImportWrites implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ImportWrites.class);

    /** H2's own default delay: long enough for its background writer to take the work, no longer than usual. */
    static final int DELAY_MS = 500;

    private final Connection connection;
    /** The delay to put back, in ms; -1 when nothing was changed. */
    private final int restoreMs;

    private ImportWrites(Connection connection, int restoreMs) {
        this.connection = connection;
        this.restoreMs = restoreMs;
    }

    /** Nothing changed: the database's own way of writing. */
    static ImportWrites unchanged(Connection connection) {
        return new ImportWrites(connection, -1);
    }

    /** Has H2 write in the background until {@link #close}, if the connection's database is H2's. */
    static ImportWrites inBackground(Connection connection) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
                return unchanged(connection);
            }
            int current = currentMs(connection);
            if (current < 0 || current >= DELAY_MS) {
                return unchanged(connection);
            }
            set(connection, DELAY_MS);
            return new ImportWrites(connection, current);
        } catch (SQLException e) {
            LOG.debugf("import: H2's write delay left as it is (%s)", e.getMessage());
            return unchanged(connection);
        }
    }

    /** After the commit: everything written and on the disk before the import says it is done. */
    void durable() throws SQLException {
        if (restoreMs < 0) {
            return;
        }
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("checkpoint sync");
        }
    }

    @Override
    public void close() {
        if (restoreMs < 0) {
            return;
        }
        try {
            set(connection, restoreMs);
        } catch (SQLException e) {
            LOG.warnf("import: H2's write delay could not be set back to %d ms (%s)", restoreMs, e.getMessage());
        }
    }

    /** The write delay in ms; -1 where H2 reports none (an in-memory database). */
    static int currentMs(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select setting_value from "
                + "information_schema.settings where setting_name = 'WRITE_DELAY'");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Integer.parseInt(row.getString(1).trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void set(Connection connection, int ms) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("set write_delay " + ms);
        }
    }
}
