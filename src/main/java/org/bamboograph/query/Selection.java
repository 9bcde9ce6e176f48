package org.bamboograph.query;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;

/** What the client selected below the field being resolved, for resolvers that read only what will be shown. */
public final class Selection {

    private Selection() {
    }

    /**
     * Whether the field being resolved selects a sub-field matching {@code glob} (graphql-java's selection-set glob,
     * for example "edges/node/hostState"). True when no field is being resolved, as when Java code calls a resolver.
     */
    public static boolean asks(String glob) {
        DataFetchingEnvironment env = Arc.container().instance(Context.class).get()
                .unwrap(DataFetchingEnvironment.class);
        return env == null || env.getSelectionSet().contains(glob);
    }
}
