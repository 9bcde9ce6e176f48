package org.bamboograph.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.bamboograph.testing.TestDatabases;
import org.flywaydb.core.Flyway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import db.migration.V6_1__Short_names_and_locators;
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
        // The schema of V7 only: today's curated loader (a repeatable Java migration) writes today's columns, so it
        // must not run on it; it runs when the service starts, after the later migrations, as on an upgrade.
        Flyway.configure().dataSource(UPGRADED, setting("bamboo.test.db-user", "bamboo"),
                setting("bamboo.test.db-password", "")).locations("classpath:db/migration").target("7")
                .javaMigrationClassProvider(() -> List.of(V6_1__Short_names_and_locators.class)).load().migrate();
        try (Connection connection = connect(UPGRADED); Statement statement = connection.createStatement()) {
            curatedRowsReferredTo(connection);
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

    /**
     * The curated rows the older import's rows refer to (two states, the travels source), as the curated data file
     * gives them; the curated load at the service's start takes them over with the rest of the file.
     */
    private static void curatedRowsReferredTo(Connection connection) throws SQLException {
        JsonNode file;
        try (InputStream in = OlderDatabase.class.getResourceAsStream("/data/bamboo-graph.json")) {
            file = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement state = connection.prepareStatement(
                "insert into state (code, name, kind, origin, version) values (?, ?, ?, 'curated', 0)");
                PreparedStatement source = connection.prepareStatement("insert into source (id, title, author, "
                        + "publisher, published, url, origin, version) values (?, ?, ?, ?, ?, ?, 'curated', 0)")) {
            for (JsonNode s : file.path("states")) {
                if (List.of("USA", "JPN").contains(s.path("code").asText())) {
                    state.setString(1, s.path("code").asText());
                    state.setString(2, s.path("name").asText());
                    state.setString(3, s.path("kind").asText());
                    state.executeUpdate();
                }
            }
            for (JsonNode s : file.path("sources")) {
                if (s.path("id").asText().equals("historian-travels-president")) {
                    source.setString(1, s.path("id").asText());
                    source.setString(2, s.path("title").asText());
                    source.setString(3, s.path("author").textValue());
                    source.setString(4, s.path("publisher").textValue());
                    source.setString(5, s.path("published").textValue());
                    source.setString(6, s.path("url").textValue());
                    source.executeUpdate();
                }
            }
        }
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
