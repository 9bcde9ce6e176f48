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

    /** H2's own default delay, the import command's unless {@code bamboo.import.h2-write-delay} says otherwise. */
    static final int DELAY_MS = 500;

    private final Connection connection;
    /** Whether the commit is made durable explicitly: the import command's, on H2. */
    private final boolean sync;
    /** The delay to put back, in ms; -1 when nothing was changed. */
    private final int restoreMs;

    private ImportWrites(Connection connection, boolean sync, int restoreMs) {
        this.connection = connection;
        this.sync = sync;
        this.restoreMs = restoreMs;
    }

    /** Nothing changed: the database's own way of writing (the GraphQL import, which shares the database). */
    static ImportWrites unchanged(Connection connection) {
        return new ImportWrites(connection, false, -1);
    }

    /** The import command's, with H2's default delay. */
    static ImportWrites inBackground(Connection connection) {
        return forCommand(connection, DELAY_MS);
    }

    /**
     * The import command's: on H2, writes delayed by {@code delayMs} until {@link #close} (0 or less: left as they
     * are, on the importing thread) and the commit made durable by {@link #durable}.
     */
    static ImportWrites forCommand(Connection connection, int delayMs) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
                return unchanged(connection);
            }
            int current = currentMs(connection);
            if (delayMs <= 0 || current < 0 || current >= delayMs) {
                return new ImportWrites(connection, true, -1);
            }
            set(connection, delayMs);
            return new ImportWrites(connection, true, current);
        } catch (SQLException e) {
            // A user without admin rights: H2's settings stay as they are, and so does its commit.
            LOG.debugf("import: H2's write delay left as it is (%s)", e.getMessage());
            return new ImportWrites(connection, false, -1);
        }
    }

    /** After the commit: everything written and on the disk before the import says it is done. */
    void durable() {
        if (!sync) {
            return;
        }
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("checkpoint sync");
        } catch (SQLException e) {
            // Committed all the same, as durable as an H2 commit is: the command's close writes the file out.
            LOG.warnf("import: committed, but H2 could not be made to sync it to disk (%s)", e.getMessage());
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
