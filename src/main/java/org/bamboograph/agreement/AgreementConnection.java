package org.bamboograph.agreement;

import java.util.List;

import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Edge;
import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.NonNull;

public class AgreementConnection extends Connection<Agreement> {

    public AgreementConnection(Page<Agreement> page) {
        super(page);
    }

    @NonNull
    public List<@NonNull AgreementEdge> getEdges() {
        return page.edges(AgreementEdge::new);
    }

    public static class AgreementEdge extends Edge<Agreement> {
        AgreementEdge(String cursor, Agreement node) {
            super(cursor, node);
        }

        @NonNull
        public Agreement getNode() {
            return node;
        }
    }
}
