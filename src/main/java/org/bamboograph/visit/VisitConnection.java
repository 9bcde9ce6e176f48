package org.bamboograph.visit;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class VisitConnection extends Connection<Visit> {

    public VisitConnection(Page<Visit> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull VisitEdge> getEdges() {
        return page.edges(VisitEdge::new);
    }

    public static class VisitEdge extends Edge<Visit> {
        VisitEdge(String cursor, Visit node) {
            super(cursor, node);
        }

        @NonNull
        public Visit getNode() {
            return node;
        }
    }
}
