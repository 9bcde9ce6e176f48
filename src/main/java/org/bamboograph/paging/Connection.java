package org.bamboograph.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every list connection shares. Each concrete connection adds its typed {@code edges}; the total is counted
 * only when a client selects {@code totalCount}, since it costs a query of its own (see {@link Page}).
 */
public abstract class Connection<T> {

    /** The selection path of a connection's items, for resolvers that read ahead what the client asked of them. */
    public static final String NODES = "edges/node/";

    protected final Page<T> page;

    protected Connection(Page<T> page) {
        this.page = page;
    }

    @NonNull
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @NonNull
    @Description("How many items the whole list holds, across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.total());
    }
}
