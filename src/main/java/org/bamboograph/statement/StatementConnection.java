package org.bamboograph.statement;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class StatementConnection extends Connection<Statement> {

    public StatementConnection(Page<Statement> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull StatementEdge> getEdges() {
        return page.edges(StatementEdge::new);
    }

    public static class StatementEdge extends Edge<Statement> {
        StatementEdge(String cursor, Statement node) {
            super(cursor, node);
        }

        @NonNull
        public Statement getNode() {
            return node;
        }
    }
}
