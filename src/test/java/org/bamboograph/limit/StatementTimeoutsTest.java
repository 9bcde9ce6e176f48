package org.bamboograph.limit;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
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
@TestProfile(StatementTimeoutsTest.ThreeSeconds.class)
class StatementTimeoutsTest {

    /** A query may take three seconds; a database of its own, since a test locks tables of it. */
    public static class ThreeSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.timeout", "3s",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("statement-timeouts"));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /** Writes, imports and migrations borrow their connections outside a query: the database lets them run. */
    @Test
    void workOutsideAQueryRunsUnbounded() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (postgres(connection)) {
                long start = System.nanoTime();
                statement.executeQuery("select pg_sleep(3.5)").close();
                assertTrue((System.nanoTime() - start) / 1e9 >= 3.5);
            } else {
                try (ResultSet timeout = statement.executeQuery("select setting_value from information_schema.settings "
                        + "where setting_name = 'QUERY_TIMEOUT'")) {
                    assertTrue(timeout.next());
                    assertEquals("0", timeout.getString(1));
                }
            }
        }
    }

    /**
     * A read by primary key that waits on a lock another transaction holds on the table, as a migration would. It
     * starts with the request's whole time left, so it carries no JDBC timeout: the database stops it. Only PostgreSQL
     * makes readers wait on locks (H2's readers never do), so this runs in the PostgreSQL stage.
     */
    @Test
    void readsByIdThatWaitOnALockAnswerTimeout() throws SQLException {
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            assumeTrue(postgres(holder), "readers wait on table locks on PostgreSQL only");
            // Once unlocked first, so that the time measured below is the wait, not the first request's warm-up.
            String warmUp = "{ leader(id: \"nguyen-phu-trong\") { name } state(code: \"VNM\") { name } }";
            for (int i = 0; i < 5 && graphql(warmUp).extract().path("data") == null; i++) {
                // a cold server on a busy machine may need more than one request's time for the first
            }
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
        assertTrue(seconds < 12, query + " answered after " + seconds + " s");
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }
}
