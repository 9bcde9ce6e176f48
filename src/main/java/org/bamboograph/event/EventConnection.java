package org.bamboograph.event;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class EventConnection extends Connection<Event> {

    public EventConnection(Page<Event> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull EventEdge> getEdges() {
        return page.edges(EventEdge::new);
    }

    public static class EventEdge extends Edge<Event> {
        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }

        @NonNull
        public Event getNode() {
            return node;
        }
    }
}
