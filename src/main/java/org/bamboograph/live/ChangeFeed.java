package org.bamboograph.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Tells this instance's subscribers of every committed change, in the order of the change log. A poke (a local
 * commit, or on PostgreSQL a notification from any instance) makes one thread read the log past the last change told,
 * build each change with its record inside a transaction, and hand it to the subscribers there: their selections are
 * answered from the database as it stood after the change. Pokes that arrive while it reads coalesce into one more
 * pass, and since the log is read from where it stopped, no change is skipped however pokes are lost or merged.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager entityManager;

    /** Changes held for a subscriber that reads slower than they come; past them its subscription ends. */
    @ConfigProperty(name = "bamboo.live.buffer", defaultValue = "256")
    int buffer;

    private final BroadcastProcessor<RecordChange> processor = BroadcastProcessor.create();
    /** After a failed read of the log (the database away, a dead pooled connection), the pause before the next. */
    @ConfigProperty(name = "bamboo.live.listen-retry", defaultValue = "1s")
    java.time.Duration retry;

    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-feed");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long told = -1;

    void start(@Observes StartupEvent event) {
        told = QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class)
                .doReturningWork(ChangeRows::latest));
    }

    /**
     * Lets a read of the log under way finish before the datasource closes (an import command exits right after the
     * commit that poked the feed); interrupting it mid-transaction left a failed transaction in the log.
     */
    void stop(@Observes ShutdownEvent event) {
        reader.shutdown();
        try {
            if (!reader.awaitTermination(2, TimeUnit.SECONDS)) {
                reader.shutdownNow();
            }
        } catch (InterruptedException e) {
            reader.shutdownNow();
            Thread.currentThread().interrupt();
        }
        processor.onComplete();
    }

    /** Something was committed: read the log for it soon, on the feed's thread. */
    public void poke() {
        if (told >= 0 && pending.compareAndSet(false, true)) {
            reader.execute(this::readLog);
        }
    }

    /** The changes of the graph from now on, filtered; {@code editor} decides whether {@code changedBy} is shown. */
    Multi<RecordChange> changes(Set<RecordType> types, Set<String> states, boolean editor) {
        return processor.onOverflow().buffer(buffer)
                .filter(change -> types.isEmpty() || change.type != null && types.contains(change.type))
                .filter(change -> states.isEmpty() || change.kind == ChangeKind.IMPORT
                        || change.states == null || change.states.stream().anyMatch(states::contains))
                .map(change -> editor ? change : change.anonymous());
    }

    private void readLog() {
        pending.set(false);
        ManagedContext request = Arc.container().requestContext();
        try {
            int read;
            do {
                request.activate();
                try {
                    read = QuarkusTransaction.requiringNew().call(this::tellNext);
                } finally {
                    request.terminate();
                }
            } while (read == BATCH);
        } catch (RuntimeException e) {
            // Read again from the same place soon, without waiting for a poke that may not come: nothing is skipped.
            // Each failed try also rids the pool of one dead connection, as after a restart of the database.
            LOG.warnf("Could not read the change log (%s); trying again in %s", e.getMessage(), retry);
            try {
                reader.schedule(this::poke, retry.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // shutting down
            }
        }
    }

    /** Reads and tells one batch of changes, inside the caller's transaction; how many it read. */
    private int tellNext() {
        List<ChangeRows.Row> rows = entityManager.unwrap(Session.class)
                .doReturningWork(connection -> ChangeRows.after(connection, told, BATCH));
        for (ChangeRows.Row row : rows) {
            RecordChange change = Changes.of(row, entityManager);
            told = row.id();
            processor.onNext(change);
        }
        return rows.size();
    }

    /** For tests and the health of the feed: the last change told. */
    long told() {
        return told;
    }
}
