package org.bamboograph.stats;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class BalanceRecordConnection extends Connection<BalanceRecord> {

    BalanceRecordConnection(Page<BalanceRecord> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull BalanceRecordEdge> getEdges() {
        return page.edges(BalanceRecordEdge::new);
    }

    public static class BalanceRecordEdge extends Edge<BalanceRecord> {
        BalanceRecordEdge(String cursor, BalanceRecord node) {
            super(cursor, node);
        }

        @NonNull
        public BalanceRecord getNode() {
            return node;
        }
    }
}
