package org.bamboograph.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page stands in its list. Pass endCursor as 'after' to read the next page.")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first item of this page; null when the page is empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last item of this page; null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
