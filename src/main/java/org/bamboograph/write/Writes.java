package org.bamboograph.write;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.bamboograph.graphql.BadUserInputException;
import org.bamboograph.graphql.CodedException;
import org.bamboograph.graphql.DateSpan;
import org.bamboograph.graphql.ErrorCode;
import org.bamboograph.graphql.PartialDate;
import org.bamboograph.http.DataVersion;
import org.bamboograph.leader.Leader;
import org.bamboograph.source.Citation;
import org.bamboograph.source.Source;
import org.bamboograph.source.Subject;
import org.bamboograph.state.State;
import org.bamboograph.state.StateApi;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.LockModeType;

/**
 * What every write shares: input checks that name the failing field, version checks, references that must exist,
 * the citations every written fact needs, refusal to delete what others point at, and the audit log line.
 */
@ApplicationScoped
public class Writes {

    static final String ORIGIN = "editor";
    private static final Logger AUDIT = Logger.getLogger("org.bamboograph.audit");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    /** Bean Validation of an input object; the first violation, by field path, becomes BAD_USER_INPUT. */
    public void validate(Object input) {
        if (input == null) {
            throw new BadUserInputException("input", "'input' is required");
        }
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

    public String stateCode(String field, String code) {
        String normalized = StateApi.normalize(code);
        if (normalized == null || State.findById(normalized) == null) {
            throw BadUserInputException.field(field, field + ": there is no state with code '" + code + "'");
        }
        return normalized;
    }

    /** Distinct existing state codes, in the order given; a bad one is named by its index ("parties[1]"). */
    public List<String> stateCodes(String field, List<String> codes) {
        List<String> known = new java.util.ArrayList<>();
        List<String> given = codes == null ? List.of() : codes;
        for (int i = 0; i < given.size(); i++) {
            String code = stateCode(field + "[" + i + "]", given.get(i));
            if (!known.contains(code)) {
                known.add(code);
            }
        }
        return known;
    }

    /** Distinct existing leader ids, in the order given. */
    public List<String> leaderIds(String field, List<String> ids) {
        List<String> known = new java.util.ArrayList<>();
        List<String> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            String id = leaderId(field + "[" + i + "]", given.get(i));
            if (!known.contains(id)) {
                known.add(id);
            }
        }
        return known;
    }

    public String leaderId(String field, String id) {
        if (id == null || Leader.findById(id) == null) {
            throw BadUserInputException.field(field, field + ": there is no leader with id '" + id + "'");
        }
        return id;
    }

    /** Adds the citations of a write to the record; an identical citation is not added twice. */
    public void cite(Subject subject, String id, List<CitationInput> sources) {
        if (sources == null || sources.isEmpty()) {
            throw BadUserInputException.field("sources", "sources: cite at least one source for what you write");
        }
        List<Citation> existing = Citation.list("subjectType = ?1 and subjectId = ?2", subject, id);
        int position = existing.stream().mapToInt(c -> c.position).max().orElse(-1) + 1;
        for (int i = 0; i < sources.size(); i++) {
            CitationInput input = sources.get(i);
            if (Source.findById(input.source) == null) {
                throw BadUserInputException.field("sources[" + i + "].source",
                        "sources[" + i + "].source: there is no source with id '" + input.source + "'");
            }
            boolean known = existing.stream().anyMatch(c -> c.sourceId.equals(input.source)
                    && c.excerpt.equals(input.excerpt.strip()));
            if (known) {
                continue;
            }
            Citation citation = new Citation();
            citation.id = subject + ":" + id + ":e:" + newId(null, "c", x -> false);
            citation.subjectType = subject;
            citation.subjectId = id;
            citation.sourceId = input.source;
            citation.excerpt = input.excerpt.strip();
            citation.locator = input.locator;
            citation.position = position++;
            citation.origin = ORIGIN;
            citation.persist();
            existing.add(citation);
        }
    }

    public void uncite(Subject subject, String id) {
        Citation.delete("subjectType = ?1 and subjectId = ?2", subject, id);
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
            throw new CodedException(ErrorCode.IN_USE, type + " '" + id + "' is still referred to by " + used
                    + ": change or delete those first.").with("usedBy", used);
        }
    }

    /**
     * Logs who wrote what: the principal of the token, the action, the record. Every write ends here, so this is also
     * where the graph's data version goes up, in the write's own transaction (HTTP cache tags follow it).
     */
    public void audit(String action, String type, String id) {
        Panache.getEntityManager().unwrap(Session.class).doWork(DataVersion::bump);
        AUDIT.infof("%s %s %s %s", identity.isAnonymous() ? "(anonymous)" : identity.getPrincipal().getName(),
                action, type, id);
    }
}
