package org.bamboograph.limit;

import java.util.Map;

/**
 * How many elements the query cost counts for a list field that takes no {@code first}: a fixed figure per field, the
 * size such a list typically has. Never read from the data: a count that followed the data would turn a query that
 * passed into one that is refused after an import, and the verdicts are remembered per document. The answer-size and
 * time bounds catch the lists that turn out longer.
 */
final class ListEstimates {

    /** Any list not named below, introspection's lists among them. */
    static final int DEFAULT = 10;

    private static final Map<String, Integer> BY_FIELD = Map.ofEntries(
            Map.entry("Query.partnerships", 20),
            Map.entry("Query.sources", 10),
            Map.entry("Leader.visits", 20),
            Map.entry("Leader.hostedVisits", 20),
            Map.entry("Leader.statements", 20),
            Map.entry("Leader.offices", 5),
            Map.entry("Leader.aliases", 5),
            Map.entry("State.agreements", 20),
            Map.entry("State.leaders", 20),
            Map.entry("State.visitsReceived", 20),
            Map.entry("Visit.resultingAgreements", 5),
            Map.entry("Visit.statements", 5),
            Map.entry("Agreement.parties", 3),
            Map.entry("Statement.speakers", 2),
            Map.entry("Statement.about", 3),
            Map.entry("Event.states", 3),
            // Introspection: the schema's figures, rounded up (52 types, 3.7 fields a type, 0.4 arguments a field).
            Map.entry("__Schema.types", 60),
            Map.entry("__Type.fields", 5),
            Map.entry("__Type.inputFields", 2),
            Map.entry("__Type.enumValues", 2),
            Map.entry("__Type.interfaces", 1),
            Map.entry("__Type.possibleTypes", 1),
            Map.entry("__Field.args", 1),
            Map.entry("__Directive.args", 2),
            Map.entry("__Directive.locations", 3));

    /** Every {@code sources} list (citations) counts as this many. */
    static final int CITATIONS = 3;

    private ListEstimates() {
    }

    static int of(String type, String field) {
        Integer estimate = BY_FIELD.get(type + "." + field);
        if (estimate != null) {
            return estimate;
        }
        return "sources".equals(field) ? CITATIONS : DEFAULT;
    }
}
