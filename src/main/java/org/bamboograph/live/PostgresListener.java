package org.bamboograph.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * On PostgreSQL, hears of the changes every instance commits: it {@code LISTEN}s on a connection of its own (a pooled
 * one would be handed to others, and lose the LISTEN) and pokes the {@link ChangeFeed}, which reads the change log.
 * A lost connection is opened again, and the feed then reads what was committed meanwhile: nothing is lost, since the
 * log, not the notification, carries the change.
 */
@ApplicationScoped
public class PostgresListener {

    private static final Logger LOG = Logger.getLogger(PostgresListener.class);

    @Inject
    ChangeFeed feed;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** How long one wait for notifications lasts, and the pause before opening a lost connection again. */
    @ConfigProperty(name = "bamboo.live.listen-retry", defaultValue = "1s")
    java.time.Duration retry;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!dbKind.toLowerCase(java.util.Locale.ROOT).contains("postgres") || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user.orElse(null), password.orElse(""))) {
                try (java.sql.Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ChangeRows.CHANNEL);
                }
                if (reconnected) {
                    LOG.info("Listening for changes again");
                    feed.poke(); // what was committed while the connection was lost
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) retry.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        feed.poke();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Lost the connection that listens for changes (%s); opening it again", e.getMessage());
                reconnected = true;
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
