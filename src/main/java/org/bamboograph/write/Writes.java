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
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.DataVersion;
import org.bamboograph.search.SearchIndex;
import org.bamboograph.search.SearchType;
import org.bamboograph.leader.Leader;
import org.bamboograph.source.Citation;
import org.bamboograph.source.Source;
import org.bamboograph.source.Subject;
import org.bamboograph.source.Supports;
import org.bamboograph.state.State;
import org.bamboograph.value.DateSpan;
import org.bamboograph.value.PartialDate;
import org.bamboograph.value.StateCode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;

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

    public String stateCode(String field, String code) {
        String normalized = StateCode.normalize(code);
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

    /**
     * Adds the citations of a write to the record; an identical citation (same source and words) is not added twice,
     * but what it supports is widened to what the write says. Each citation must name the fields it supports.
     */
    public void cite(Subject subject, String id, List<CitationInput> sources) {
        cite(subject, id, sources, subject, List.of());
    }

    /**
     * As {@link #cite(Subject, String, List)}, for citations given on another record ({@code givenOn}): a leader's
     * citations that support "offices" are filed under each office, supporting {@code translated}.
     */
    public void cite(Subject subject, String id, List<CitationInput> sources, Subject givenOn, List<String> translated) {
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
            List<String> supports = supports(givenOn, "sources[" + i + "].supports", input.supports);
            if (givenOn != subject) {
                if (!supports.contains("offices")) {
                    continue;
                }
                supports = translated;
            }
            Citation known = existing.stream().filter(c -> c.sourceId.equals(input.source)
                    && c.excerpt.equals(input.excerpt.strip())).findFirst().orElse(null);
            if (known != null) {
                List<String> widened = new java.util.ArrayList<>(known.getSupports());
                widened.addAll(supports);
                known.supportsText = Supports.join(subject, widened);
                if (input.note != null && !input.note.isBlank()) {
                    known.note = input.note.strip();
                }
                continue;
            }
            Citation citation = new Citation();
            citation.id = subject + ":" + id + ":e:" + newId(null, "c", x -> false);
            citation.subjectType = subject;
            citation.subjectId = id;
            citation.sourceId = input.source;
            citation.excerpt = input.excerpt.strip();
            citation.locator = input.locator;
            citation.supportsText = Supports.join(subject, supports);
            citation.note = input.note == null || input.note.isBlank() ? null : input.note.strip();
            citation.position = position++;
            citation.origin = ORIGIN;
            citation.persist();
            existing.add(citation);
        }
    }

    /** The field names a citation supports, each one a field of the type ("sources[0].supports[1]" names a bad one). */
    private static List<String> supports(Subject subject, String field, List<String> given) {
        if (given == null || given.isEmpty()) {
            throw BadUserInputException.field(field, field + ": name the fields these words support, one or more of "
                    + Supports.fields(subject));
        }
        for (int j = 0; j < given.size(); j++) {
            if (!Supports.fields(subject).contains(given.get(j))) {
                throw BadUserInputException.field(field + "[" + j + "]", field + "[" + j + "]: '" + given.get(j)
                        + "' is not a field these words can support; the fields are " + Supports.fields(subject));
            }
        }
        return given;
    }

    /**
     * Refuses a write that gives a stated field a value no citation of the record supports: what the sources do not
     * state is not served. {@code given} are the stated fields the write sets.
     */
    public void requireSupport(Subject subject, String id, List<String> given) {
        List<Citation> citations = Citation.list("subjectType = ?1 and subjectId = ?2", subject, id);
        for (String field : given) {
            if (Supports.isStated(subject, field)
                    && citations.stream().noneMatch(c -> c.getSupports().contains(field))) {
                throw BadUserInputException.field(field, field + " has a value, but no citation supports it: add \""
                        + field + "\" to the supports of the citation that states it, or leave " + field + " out");
            }
        }
    }

    /** Whether one of the record's citations supports {@code field}. */
    public boolean supported(Subject subject, String id, String field) {
        return Citation.<Citation>list("subjectType = ?1 and subjectId = ?2", subject, id).stream()
                .anyMatch(c -> c.getSupports().contains(field));
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
            String counts = String.join(", ", used.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            throw new CodedException(ErrorCode.IN_USE, type + " '" + id + "' is still referred to by " + counts
                    + ": change or delete those first.").with("usedBy", used);
        }
    }

    /**
     * Logs who wrote what: the principal of the token, the action, the record. Every write ends here, so this is also
     * where the graph's data version goes up, in the write's own transaction (HTTP cache tags follow it). The write's
     * rows are flushed first, so the version's row is the last lock a write takes: two writes cannot deadlock on it.
     */
    public void audit(String action, String type, String id) {
        Panache.getEntityManager().flush();
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.doWork(DataVersion::bump);
        // Search finds what the record now says, from the moment the write commits (sources hold no searched text).
        SearchType searched = SearchType.of(type);
        if (searched != null) {
            session.doWork(connection -> SearchIndex.refresh(connection, searched, List.of(id)));
        }
        AUDIT.infof("%s %s %s %s", identity.isAnonymous() ? "(anonymous)" : identity.getPrincipal().getName(),
                action, type, id);
    }
}
