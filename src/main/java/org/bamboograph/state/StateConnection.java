package org.bamboograph.state;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class StateConnection extends Connection<State> {

    public StateConnection(Page<State> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull StateEdge> getEdges() {
        return page.edges(StateEdge::new);
    }

    public static class StateEdge extends Edge<State> {
        StateEdge(String cursor, State node) {
            super(cursor, node);
        }

        @NonNull
        public State getNode() {
            return node;
        }
    }
}
