package org.bamboograph.event;

import java.util.List;
import java.util.Map;

import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;

/** Every read of an event's neighbours, for the batch resolvers of {@link EventApi}. */
public final class EventReads {

    public static final String STATES = "states";
    public static final String SOURCES = "sources";

    private EventReads() {
    }

    /** The states involved in each event, by code. */
    public static List<List<State>> states(List<Event> events) {
        return Batch.pairs(events, e -> e.id, ids -> Rows.select(
                "select e.id, s from Event e join e.stateCodes c join State s on s.code = c "
                        + "where e.id in :ids order by s.code", Object[].class, Map.of("ids", ids)));
    }
}
