package org.bamboograph.historian;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * H2's page cache, widened for the length of an import and put back afterwards. H2 keeps 16 MB of pages by default;
 * a fresh import of the shared files changes more than that, so pages it wrote were dropped from the cache and read
 * back from the file when the commit marked their rows committed (about a quarter of the commit's time). Only the
 * cache's size changes: how and when H2 writes and commits does not. On PostgreSQL, and where the setting cannot be
 * read or changed (an in-memory database, a user without admin rights), this does nothing.
 *
 * <p>{@code SET CACHE_SIZE} commits an open transaction and is kept in the database file, so it is set before the
 * import's transaction begins and set back after it ends.
 */
final class ImportCache implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ImportCache.class);

    /** What an import of a few thousand records touches, with room to spare. */
    private static final long WANTED_KB = 128 * 1024;

    private final Connection connection;
    /** The size to put back, in KB; 0 when nothing was changed. */
    private final long restoreKb;

    private ImportCache(Connection connection, long restoreKb) {
        this.connection = connection;
        this.restoreKb = restoreKb;
    }

    /** Widens the cache of the connection's database, if it is H2's and smaller than an import wants. */
    static ImportCache widen(Connection connection) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
                return new ImportCache(connection, 0);
            }
            long currentKb = currentKb(connection);
            // A quarter of the heap at most: a small heap keeps its room for the import's own rows.
            long wantedKb = Math.min(WANTED_KB, Runtime.getRuntime().maxMemory() / 4 / 1024);
            if (currentKb <= 0 || currentKb >= wantedKb) {
                return new ImportCache(connection, 0);
            }
            set(connection, wantedKb);
            return new ImportCache(connection, currentKb);
        } catch (SQLException e) {
            LOG.debugf("import: H2's cache left as it is (%s)", e.getMessage());
            return new ImportCache(connection, 0);
        }
    }

    @Override
    public void close() {
        if (restoreKb == 0) {
            return;
        }
        try {
            set(connection, restoreKb);
        } catch (SQLException e) {
            LOG.warnf("import: H2's cache could not be set back to %d KB (%s)", restoreKb, e.getMessage());
        }
    }

    /** The cache's size in KB, as H2 reports it in MB; 0 where it reports none (an in-memory database). */
    private static long currentKb(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select setting_value from "
                + "information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Long.parseLong(row.getString(1).trim()) * 1024 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void set(Connection connection, long kb) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("set cache_size " + kb);
        }
    }
}
