package org.bamboograph.event;

import java.util.Map;

import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.StateCode;

/** The filters of {@code events}, in one place for every query that lists or counts events by them. */
public record EventFilter(String state, String from, String to, EventKind kind) {

    /** The filters the counts and the CSV export take: a state and the span. */
    public static QueryBuilder query(String state, String from, String to) {
        return new EventFilter(state, from, to, null).query();
    }

    /** A query over events (alias "e") with these conditions; a bad date range is BAD_USER_INPUT. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("Event e");
        DateArguments.filter(query, "e", from, to);
        if (state != null) {
            query.where(":state member of e.stateCodes", Map.of("state", StateCode.normalize(state)));
        }
        if (kind != null) {
            query.where("e.kind = :kind", Map.of("kind", kind));
        }
        return query;
    }
}
