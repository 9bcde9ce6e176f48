package org.bamboograph.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.bamboograph.historian.ImportSummary;
import org.bamboograph.write.RecordWritten;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Where writes tell of their changes: each is logged in the writing transaction, and subscribers hear of it only once
 * that transaction has committed. A rolled-back write leaves no row, and nothing is told.
 */
@ApplicationScoped
public class ChangeLog {

    private static final Object TOLD = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ChangeFeed feed;

    /**
     * A record written through {@code write/Writes} (observed synchronously, so in its transaction): {@code action} as the audit log says it ("created", "deleted",
     * anything else an update), {@code type} the record's type name ("Visit"). Runs inside the write's transaction.
     */
    void written(@Observes RecordWritten write) {
        String action = write.action();
        String type = write.type();
        String id = write.id();
        String by = write.by();
        RecordType recordType = RecordType.named(type);
        if (recordType == null) {
            return;
        }
        ChangeKind kind = switch (action) {
            case "created" -> ChangeKind.CREATED;
            case "deleted" -> ChangeKind.DELETED;
            default -> ChangeKind.UPDATED;
        };
        Panache.getEntityManager().unwrap(Session.class)
                .doWork(connection -> ChangeRows.recordChanged(connection, kind, recordType, id, by));
        if (transactions.getResource(TOLD) == null) {
            transactions.putResource(TOLD, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        feed.poke();
                    }
                }
            });
        }
    }

    /** An import of historian files, as one change counting its records by type, in the import's transaction. */
    public static void imported(Connection connection, ImportSummary summary) throws SQLException {
        ChangeRows.imported(connection, Map.of(RecordType.VISIT, summary.created + summary.updated + summary.merged,
                RecordType.LEADER, summary.leadersCreated, RecordType.STATE, summary.statesCreated), null);
    }
}
