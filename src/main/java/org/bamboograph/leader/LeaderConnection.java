package org.bamboograph.leader;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class LeaderConnection extends Connection<Leader> {

    public LeaderConnection(Page<Leader> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull LeaderEdge> getEdges() {
        return page.edges(LeaderEdge::new);
    }

    public static class LeaderEdge extends Edge<Leader> {
        LeaderEdge(String cursor, Leader node) {
            super(cursor, node);
        }

        @NonNull
        public Leader getNode() {
            return node;
        }
    }
}
