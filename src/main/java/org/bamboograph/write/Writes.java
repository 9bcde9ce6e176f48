package org.bamboograph.write;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.DataVersion;
import org.bamboograph.value.DateSpan;
import org.bamboograph.value.PartialDate;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every write shares: input checks that name the failing field, version checks, new ids, refusal to delete what
 * others point at, and the audit log line. The citations every written fact needs are {@link
 * org.bamboograph.citation.CitationWrites}; references to states and leaders are checked by their own packages.
 */
@ApplicationScoped
public class Writes {

    private static final Logger AUDIT = Logger.getLogger("org.bamboograph.audit");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    @Inject
    Event<RecordWritten> written;

    /**
     * Bean Validation of an input object; the first violation, by field path, becomes BAD_USER_INPUT. Text that
     * would not be stored as sent is refused first ({@link PlainText}).
     */
    public void validate(Object input) {
        if (input == null) {
            throw new BadUserInputException("input", "'input' is required");
        }
        PlainText.check(input);
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String field = v.getPropertyPath().toString();
            throw BadUserInputException.field(field, field + " " + v.getMessage());
        });
    }

    public <T> T found(T entity, String type, String id) {
        if (entity == null) {
            throw new CodedException(ErrorCode.NOT_FOUND, "There is no " + type + " with id '" + id + "'.")
                    .with("argument", "id");
        }
        return entity;
    }

    /** Refuses a write based on a stale read. Hibernate checks the version again when it writes. */
    public void checkVersion(String type, String id, int held, int current) {
        if (held != current) {
            throw conflict(type, id, held, current);
        }
    }

    /**
     * Ends an update: it counts as a change even where only its citations or links changed, so the version goes up
     * once, whether Hibernate found the row itself changed or not.
     */
    public void touch(PanacheEntityBase entity, int heldVersion, IntSupplier version) {
        Panache.getEntityManager().flush();
        if (version.getAsInt() == heldVersion) {
            Panache.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    public static CodedException conflict(String type, String id, int held, Integer current) {
        return new CodedException(ErrorCode.CONFLICT, type + " '" + id + "' has changed since version " + held
                + (current == null ? "" : " (it is now at version " + current + ")")
                + ": read it again, then redo your change.")
                .with("type", type).with("id", id);
    }

    /** A new record's id: the one asked for if it is free and well formed, else a generated one. */
    public String newId(String requested, String prefix, Predicate<String> taken) {
        if (requested != null) {
            if (!requested.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw BadUserInputException.field("id",
                        "id '" + requested + "' must be lower-case letters, digits and dashes, at most 64");
            }
            if (taken.test(requested)) {
                throw BadUserInputException.field("id", "id '" + requested + "' is taken");
            }
            return requested;
        }
        String id;
        do {
            byte[] bytes = new byte[5];
            RANDOM.nextBytes(bytes);
            id = prefix + "-" + HexFormat.of().formatHex(bytes);
        } while (taken.test(id));
        return id;
    }

    public static PartialDate date(String field, String text) {
        try {
            return PartialDate.parseNullable(text);
        } catch (PartialDate.InvalidDateException e) {
            throw BadUserInputException.field(field, field + ": " + e.getMessage());
        }
    }

    /** Checks a date and end date: each a valid partial date, the end not before the start, no end without a start. */
    public static void span(String dateField, String date, String endField, String endDate) {
        PartialDate from = date(dateField, date);
        PartialDate to = date(endField, endDate);
        if (to != null && from == null) {
            throw BadUserInputException.field(endField, endField + " needs " + dateField + " too");
        }
        if (to != null && to.end().isBefore(from.start())) {
            throw BadUserInputException.field(endField, endField + " " + endDate + " is before " + dateField + " " + date);
        }
        DateSpan.of(date, endDate);
    }


    /** Refuses to delete a record others still point at; {@code usages} counts them by kind. */
    public void refuseIfUsed(String type, String id, Map<String, Long> usages) {
        Map<String, Long> used = new LinkedHashMap<>();
        usages.forEach((what, count) -> {
            if (count > 0) {
                used.put(what, count);
            }
        });
        if (!used.isEmpty()) {
            String counts = String.join(", ", used.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            throw new CodedException(ErrorCode.IN_USE, type + " '" + id + "' is still referred to by " + counts
                    + ": change or delete those first.").with("usedBy", used);
        }
    }

    /**
     * Logs who wrote what: the principal of the token, the action, the record. Every write ends here, so this is also
     * where the graph's data version goes up, in the write's own transaction (HTTP cache tags follow it), and where the
     * change is announced ({@link RecordWritten}: the search index and the subscriptions' change log observe it in this
     * transaction, after that version's lock). The write's
     * rows are flushed first, so the version's row is the last lock a write takes: two writes cannot deadlock on it.
     */
    public void audit(String action, String type, String id) {
        Panache.getEntityManager().flush();
        Panache.getEntityManager().unwrap(Session.class).doWork(DataVersion::bump);
        AUDIT.infof("%s %s %s %s", identity.isAnonymous() ? "(anonymous)" : identity.getPrincipal().getName(),
                action, type, id);
        written.fire(new RecordWritten(action, type, id,
                identity.isAnonymous() ? null : identity.getPrincipal().getName()));
    }
}
