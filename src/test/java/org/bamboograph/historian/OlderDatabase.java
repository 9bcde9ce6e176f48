package org.bamboograph.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.bamboograph.testing.TestDatabases;
import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A database as an older version of the service left it, made before the service starts: the schema migrated to V7
 * and the rows that version's importer wrote for {@code historian/upgrade} ({@code older-database.sql}). The service
 * then starts on it as an upgraded installation does, and runs the later migrations.
 */
public class OlderDatabase implements QuarkusTestResourceLifecycleManager {

    /** The upgraded database, and one a fresh import of the same files goes to, for comparison. */
    static final String UPGRADED = TestDatabases.url("older-import");
    static final String FRESH = TestDatabases.url("older-import-fresh");

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, setting("bamboo.test.db-user", "bamboo"),
                setting("bamboo.test.db-password", ""));
    }

    /** Migrates a database with the service's migrations (and the test fixtures), up to a version or all of them. */
    static void migrate(String url, String target, String... locations) {
        Flyway.configure().dataSource(url, setting("bamboo.test.db-user", "bamboo"),
                setting("bamboo.test.db-password", "")).locations(locations).target(target).load().migrate();
    }

    @Override
    public Map<String, String> start() {
        migrate(UPGRADED, "7", "classpath:db/migration");
        try (Connection connection = connect(UPGRADED); Statement statement = connection.createStatement()) {
            for (String sql : resource("historian/upgrade/older-database.sql").split(";\n")) {
                String rows = sql.replaceAll("(?m)^--.*$", "").strip();
                if (!rows.isEmpty()) {
                    statement.execute(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", UPGRADED);
    }

    @Override
    public void stop() {
    }

    private static String setting(String property, String fallback) {
        String env = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        return env != null ? env : System.getProperty(property, fallback);
    }

    private static String resource(String name) {
        try (InputStream in = OlderDatabase.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
