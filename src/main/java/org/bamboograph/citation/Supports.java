package org.bamboograph.citation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which fields of a record a citation can say it supports, per kind of record, and which of them are stated facts.
 * A stated field (a date, a host, the parties) is served only where at least one citation of the record supports it;
 * the other fields (a title, a description, a purpose) are the graph's own phrasing of what the excerpts say.
 * The names are the fields of the GraphQL types, so that a client reads {@code supports} against the fields it sees.
 */
public final class Supports {

    private static final Map<Subject, List<String>> FIELDS = Map.of(
            Subject.STATE, List.of("name", "kind"),
            Subject.LEADER, List.of("name", "state", "aliases", "offices"),
            Subject.OFFICE, List.of("title", "state", "from", "to"),
            Subject.VISIT, List.of("guest", "hostState", "host", "city", "date", "endDate", "purpose"),
            Subject.AGREEMENT, List.of("title", "kind", "date", "parties", "visit", "supersedes"),
            Subject.STATEMENT, List.of("text", "speakers", "speakerName", "date", "about", "visit", "agreement"),
            Subject.EVENT, List.of("title", "kind", "date", "endDate", "states", "description"));

    private static final Map<Subject, Set<String>> STATED = Map.of(
            Subject.STATE, Set.of("name"),
            Subject.LEADER, Set.of("name", "state", "aliases", "offices"),
            Subject.OFFICE, Set.of("title", "state", "from", "to"),
            Subject.VISIT, Set.of("guest", "hostState", "host", "city", "date", "endDate"),
            Subject.AGREEMENT, Set.of("kind", "date", "parties", "visit", "supersedes"),
            Subject.STATEMENT, Set.of("text", "speakers", "date", "about", "visit", "agreement"),
            Subject.EVENT, Set.of("kind", "date", "endDate", "states"));

    /** What an imported visit's dataset record gives: its dates, place, guest, host country and description. */
    public static final List<String> IMPORTED_VISIT = List.of("date", "endDate", "city", "guest", "hostState",
            "purpose");

    private Supports() {
    }

    /** The fields a citation of this kind of record may name, in the order of the type. */
    public static List<String> fields(Subject subject) {
        return FIELDS.get(subject);
    }

    /** The fields that must be supported by a citation wherever they have a value. */
    public static boolean isStated(Subject subject, String field) {
        return STATED.get(subject).contains(field);
    }

    /**
     * Whether a field's value states anything: not when it is null or an empty list, nor when it is the kind OTHER,
     * which is what a record is when the sources give it no kind.
     */
    public static boolean claims(String field, Object value) {
        if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()) {
            return false;
        }
        return !(field.equals("kind") && String.valueOf(value).equals("OTHER"));
    }

    /** The stored form: field names in the type's order, comma-separated, each once. */
    public static String join(Subject subject, List<String> supports) {
        Set<String> given = new LinkedHashSet<>(supports);
        return FIELDS.get(subject).stream().filter(given::contains).collect(Collectors.joining(","));
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
