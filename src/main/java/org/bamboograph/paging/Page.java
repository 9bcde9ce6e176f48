package org.bamboograph.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.limit.PageSizes;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Selection;

/**
 * One page of a list query, as a connection needs it: the items, where they start, whether more follow, and the size of
 * the whole list, counted only if the client asks for {@code totalCount} (else -1).
 */
public record Page<T>(List<T> items, int offset, boolean hasNextPage, long total, String order) {

    public static final int DEFAULT_SIZE = PageSizes.DEFAULT;
    public static final int MAX_SIZE = PageSizes.MAX;

    public Page(List<T> items, int offset, boolean hasNextPage, long total) {
        this(items, offset, hasNextPage, total, "");
    }

    /** Reads the page of {@code query} that follows {@code after}, {@code first} items long. */
    public static <T> Page<T> of(QueryBuilder query, Class<T> type, Integer first, String after) {
        return of(query, type, first, after, "");
    }

    /**
     * As {@link #of(QueryBuilder, Class, Integer, String)} for a list in the order named {@code order} ("" for its
     * default): its cursors name it, and a cursor of another order is refused.
     */
    public static <T> Page<T> of(QueryBuilder query, Class<T> type, Integer first, String after, String order) {
        int size = size(first);
        int offset = offset(after, order);
        // One row more than asked tells whether another page follows, without counting.
        List<T> rows = size == 0 ? List.of() : query.page(type, offset, size + 1);
        boolean more = rows.size() > size || (size == 0 && query.count() > offset);
        List<T> items = rows.size() > size ? rows.subList(0, size) : rows;
        // Counted here, on the resolver's worker thread, and only when asked for: totalCount costs a query.
        long total = Selection.asks("totalCount") ? query.count() : -1;
        return new Page<>(items, offset, more, total, order);
    }

    /** The page size {@code first} asks for, checked. */
    public static int size(Integer first) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadUserInputException("first",
                    "'first' must be between 0 and " + MAX_SIZE + ", was " + size + ": page through longer lists with 'after'");
        }
        return size;
    }

    /** Where the page after the cursor {@code after} (of a list in {@code order}) starts. */
    public static int offset(String after, String order) {
        return after == null ? 0 : Cursor.decode("after", after, order) + 1;
    }

    /** The position a page of a list in its default order that follows {@code after} starts at. */
    public static int offset(String after) {
        return offset(after, "");
    }

    /** The page of an already-read list {@code all}: the slice {@code first} long after {@code after}. */
    public static <T> Page<T> slice(List<T> all, Integer first, String after) {
        int size = size(first);
        int offset = offset(after);
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + size);
        return new Page<>(new ArrayList<>(all.subList(from, to)), offset, to < all.size(), all.size());
    }

    public PageInfo pageInfo() {
        String start = items.isEmpty() ? null : Cursor.encode(order, offset);
        String end = items.isEmpty() ? null : Cursor.encode(order, offset + items.size() - 1);
        return new PageInfo(hasNextPage, offset > 0, start, end);
    }

    /** Wraps each item in an edge carrying its cursor. */
    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(Cursor.encode(order, offset + i), items.get(i)));
        }
        return edges;
    }
}
