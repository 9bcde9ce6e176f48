package org.bamboograph.limit;

/**
 * How many items one page of a list holds: what {@code first} defaults to and may be at most. A limit of the service,
 * kept here so that the query cost ({@link QueryCost}) reads it without depending on the paging it bounds.
 */
public final class PageSizes {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageSizes() {
    }
}
