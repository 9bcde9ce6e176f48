package org.bamboograph.limit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Gives every pooled connection, when it is opened, a bound on how long the database lets one statement run: the
 * request's whole time ({@code bamboo.limits.timeout}). The bound is kept by the database itself, so it holds for
 * every statement, the ones Hibernate runs on its own included, and also when a driver's cancel never arrives (the
 * JDBC timeout of what is left of a request, {@link RequestBudget#bound}, is a cancel the client sends). On
 * PostgreSQL that is the session's {@code statement_timeout}, on H2 its {@code QUERY_TIMEOUT}.
 */
@ApplicationScoped
public class StatementTimeouts implements AgroalPoolInterceptor {

    private final long millis;

    StatementTimeouts(@ConfigProperty(name = "bamboo.limits.timeout", defaultValue = "5s") Duration timeout) {
        this.millis = Math.max(1, timeout.toMillis());
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.startsWith("PostgreSQL")) {
                statement.execute("set statement_timeout = " + millis);
            } else if (product.startsWith("H2")) {
                statement.execute("set query_timeout " + millis);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bound the statements of a new database connection", e);
        }
    }
}
