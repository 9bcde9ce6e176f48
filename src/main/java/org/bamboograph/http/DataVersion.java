package org.bamboograph.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The version of the whole graph: one row (table {@code data_version}) that every write, import and curated
 * migration raises in the transaction of its change. HTTP cache tags are built on it, so a tag changes exactly when
 * the data may have, and every instance on one database agrees on it.
 */
public final class DataVersion {

    private DataVersion() {
    }

    /** Raises the version, inside the caller's transaction: the change and the new version commit together. */
    public static void bump(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update data_version set version = version + 1 where id = 1")) {
            update.executeUpdate();
        }
    }

    /** The version as committed now. */
    public static long current(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select version from data_version where id = 1");
                ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("data_version has no row");
            }
            return row.getLong(1);
        }
    }
}
