package org.bamboograph.live;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.paging.Page;
import org.hibernate.Session;

/** Pages of the change log, for clients catching up. */
@ApplicationScoped
public class ChangeHistory {

    @Inject
    EntityManager entityManager;

    /** One page of the changes after {@code since}, from the cursor {@code after} on. */
    @Transactional
    public RecordChangeConnection page(String since, Integer first, String after, boolean editor) {
        int size = first == null ? Page.DEFAULT_SIZE : first;
        if (size < 0 || size > Page.MAX_SIZE) {
            throw new BadUserInputException("first", "'first' must be between 0 and " + Page.MAX_SIZE + ", was "
                    + size + ": page through longer lists with 'after'");
        }
        long from = after == null ? 0 : changeId("after", after, "a cursor of recordChanges");
        Long sinceId = isChangeId(since) ? changeId("since", since, "a change's id or an ISO-8601 instant") : null;
        OffsetDateTime sinceInstant = sinceId == null ? instant(since) : null;
        long start = Math.max(from, sinceId == null ? 0 : sinceId);
        List<ChangeRows.Row> rows = entityManager.unwrap(Session.class).doReturningWork(connection -> sinceId != null
                ? ChangeRows.after(connection, start, size + 1)
                : ChangeRows.since(connection, sinceInstant, start, size + 1));
        boolean more = rows.size() > size;
        List<RecordChange> changes = rows.stream().limit(size).map(row -> Changes.of(row, entityManager))
                .map(change -> editor ? change : change.anonymous()).toList();
        return new RecordChangeConnection(changes, more, after != null);
    }

    private static boolean isChangeId(String text) {
        return text.matches("[-+]?[0-9]+");
    }

    /** A change id exactly as served: digits, no sign, no leading zero. */
    private static long changeId(String argument, String text, String what) {
        if (!text.matches("0|[1-9][0-9]{0,17}")) {
            throw new BadUserInputException(argument, "'" + text + "' is not " + what + ".");
        }
        return Long.parseLong(text);
    }

    private static OffsetDateTime instant(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadUserInputException("since", "'" + text + "' is neither a change's id nor an ISO-8601 instant "
                    + "with its offset (\"2026-12-01T12:00:00Z\").");
        }
    }
}
