package org.bamboograph.event;

import java.util.Map;

import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.StateCode;

/** The filters of the event list, shared by the list, its counts and the CSV export. */
public final class EventFilter {

    private EventFilter() {
    }

    /** A query over events (alias "e") involving {@code state} whose span overlaps from/to. */
    public static QueryBuilder query(String state, String from, String to) {
        QueryBuilder query = new QueryBuilder("Event e");
        DateArguments.filter(query, "e", from, to);
        if (state != null) {
            query.where(":state member of e.stateCodes", Map.of("state", StateCode.normalize(state)));
        }
        return query;
    }
}
