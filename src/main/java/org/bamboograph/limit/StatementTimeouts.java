package org.bamboograph.limit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Has the database itself stop every statement of a GraphQL query that runs longer than the request's whole time
 * ({@code bamboo.limits.timeout}): on PostgreSQL the session's {@code statement_timeout}, on H2 its
 * {@code QUERY_TIMEOUT}. The bound holds for every statement, also one Hibernate runs on its own, and also when a
 * JDBC cancel never reaches the server (the JDBC timeout of what is left of a request, {@link RequestBudget#bound},
 * is a cancel the client sends). Writes, imports, migrations and the curated data's load run without it.
 * <p>
 * The setting belongs to the connection, so it is set as a connection is handed out, and only where the connection's
 * setting differs from what the borrower needs: a pool that serves queries sets it once per connection.
 */
@ApplicationScoped
public class StatementTimeouts implements AgroalPoolInterceptor {

    /**
     * Counts the times a statement set a timeout of its own. On H2 that changes the whole connection's timeout, and
     * it stays, so every connection's setting is then set again when it is next handed out.
     */
    private static final AtomicLong OVERRIDDEN = new AtomicLong();

    private final long millis;
    /**
     * What each physical connection's setting is known to be. A write's transaction may roll its setting back, so a
     * connection a write had is left out: its setting is set again whoever borrows it next.
     */
    private final Map<Connection, Setting> settings = Collections.synchronizedMap(new WeakHashMap<>());

    private record Setting(boolean bounded, long overridden) {
    }

    StatementTimeouts(@ConfigProperty(name = "bamboo.limits.timeout", defaultValue = "5s") Duration timeout) {
        this.millis = Math.max(1, timeout.toMillis());
    }

    /** A statement has set a timeout of its own on its connection. */
    static void overridden() {
        OVERRIDDEN.incrementAndGet();
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            settings.put(connection.unwrap(Connection.class), new Setting(false, OVERRIDDEN.get()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set how long the database lets a statement run", e);
        }
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        RequestBudget budget = RequestBudget.current();
        boolean bounded = budget != null && budget.boundsStatements();
        try {
            Connection physical = connection.unwrap(Connection.class);
            Setting now = settings.get(physical);
            long overridden = OVERRIDDEN.get();
            if (now == null || now.bounded() != bounded || now.overridden() != overridden) {
                set(connection, bounded);
            }
            if (bounded) {
                settings.put(physical, new Setting(true, overridden));
            } else {
                settings.remove(physical);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set how long the database lets a statement run", e);
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        try {
            settings.remove(connection.unwrap(Connection.class));
        } catch (SQLException e) {
            // a connection that cannot be unwrapped any more is dropped from the weak map by the collector
        }
    }

    private void set(Connection connection, boolean bounded) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if (product.startsWith("PostgreSQL")) {
                statement.execute(bounded ? "set statement_timeout = " + millis : "set statement_timeout to default");
            } else if (product.startsWith("H2")) {
                statement.execute("set query_timeout " + (bounded ? millis : 0));
            }
        }
    }
}
