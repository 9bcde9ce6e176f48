package org.bamboograph.paging;

import org.eclipse.microprofile.graphql.NonNull;

/** An item of a connection with its cursor; each concrete edge adds its typed {@code node}. */
public abstract class Edge<T> {

    private final String cursor;
    protected final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }
}
