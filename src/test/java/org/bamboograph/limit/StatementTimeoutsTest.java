package org.bamboograph.limit;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.bamboograph.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every statement is bounded by the request's time by the database itself: a statement no JDBC timeout covers (one
 * run on a pooled connection as it is, or a read by primary key that waits on a lock) stops once that time has run
 * out.
 */
@QuarkusTest
@TestProfile(StatementTimeoutsTest.TwoSeconds.class)
class StatementTimeoutsTest {

    /** A query may take two seconds; a database of its own, since a test locks tables of it. */
    public static class TwoSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.timeout", "2s",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("statement-timeouts"));
        }
    }

    /** SQLSTATE of a statement the database cancelled, on PostgreSQL and H2 alike. */
    private static final String CANCELLED = "57014";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseStopsARunawayStatementThatCarriesNoTimeoutOfItsOwn() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String runaway = postgres(connection) ? "select pg_sleep(60)"
                    : "select sum(a.x * b.x) from system_range(1, 1000000) a, system_range(1, 1000000) b";
            long start = System.nanoTime();
            SQLException stopped = assertThrows(SQLException.class, () -> statement.executeQuery(runaway));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(CANCELLED, stopped.getSQLState(), stopped.getMessage());
            assertTrue(seconds >= 1.5 && seconds < 10, "stopped after " + seconds + " s");
        }
    }

    /**
     * A read by primary key that waits on a lock another transaction holds on the table, as a migration would. Only
     * PostgreSQL makes readers wait on locks (H2's readers never do), so this runs in the PostgreSQL stage.
     */
    @Test
    void readsByIdThatWaitOnALockAnswerTimeout() throws SQLException {
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            assumeTrue(postgres(holder), "readers wait on table locks on PostgreSQL only");
            holder.setAutoCommit(false);
            statement.execute("lock table leader, state in access exclusive mode");
            try {
                timesOut("{ leader(id: \"nguyen-phu-trong\") { name } }");
                timesOut("{ state(code: \"VNM\") { name } }");
            } finally {
                holder.rollback();
                holder.setAutoCommit(true);
            }
        }
    }

    private static void timesOut(String query) {
        long start = System.nanoTime();
        graphql(query)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("TIMEOUT"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, query + " answered after " + seconds + " s");
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }
}
