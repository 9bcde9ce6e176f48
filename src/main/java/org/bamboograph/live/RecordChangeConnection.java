package org.bamboograph.live;

import java.util.List;

import org.bamboograph.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of the change log. An edge's cursor is its change's id.")
public class RecordChangeConnection {

    private final List<RecordChange> changes;
    private final boolean more;
    private final boolean previous;

    RecordChangeConnection(List<RecordChange> changes, boolean more, boolean previous) {
        this.changes = changes;
        this.more = more;
        this.previous = previous;
    }

    @NonNull
    public List<@NonNull RecordChangeEdge> getEdges() {
        return changes.stream().map(RecordChangeEdge::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(more, previous, changes.isEmpty() ? null : changes.get(0).id,
                changes.isEmpty() ? null : changes.get(changes.size() - 1).id);
    }

    public static class RecordChangeEdge {
        private final RecordChange node;

        RecordChangeEdge(RecordChange node) {
            this.node = node;
        }

        @NonNull
        public String getCursor() {
            return node.id;
        }

        @NonNull
        public RecordChange getNode() {
            return node;
        }
    }
}
