package org.bamboograph.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bamboograph.paging.Page;
import org.bamboograph.query.QueryBuilder;

/**
 * A grouped count over one filtered query: the HQL expressions of the group keys, counted in the database in one
 * GROUP BY statement, and, for the groups' connections, the asked-for page of every group read in one more statement.
 * Both statements share the query's joins and conditions, so a group's connection pages through exactly the
 * records its count counted.
 */
final class Grouping {

    /**
     * The start year of a record's span (null when undated), and the decade it falls in (1990 for 1990–1999): the
     * stored start year, which indexes lead with, rather than an expression the database would compute row by row.
     */
    static String year(String alias) {
        return alias + ".startYear";
    }

    static String decade(String alias) {
        return "(" + alias + ".startYear - mod(" + alias + ".startYear, 10))";
    }

    private final QueryBuilder query;
    private final List<String> keys;
    private final String order;

    Grouping(QueryBuilder query, List<String> keys, String order) {
        this.query = query;
        this.keys = List.copyOf(keys);
        this.order = order;
    }

    /** One row per group: its key values in the order of the keys, and its count last. */
    List<Object[]> counts() {
        return query.groupCounts(keys);
    }

    /**
     * The page at {@code offset} of every group of this grouping, {@code size} + 1 records at most each (the one more
     * tells whether another page follows), read in one statement.
     */
    private Map<List<Object>, List<Object>> pageOfEachGroup(int offset, int size) {
        Map<List<Object>, List<Object>> byKey = new HashMap<>();
        for (Object[] row : query.groupPages(keys, order, offset, size + 1)) {
            byKey.computeIfAbsent(Arrays.asList(row).subList(1, row.length), k -> new ArrayList<>()).add(row[0]);
        }
        return byKey;
    }

    /**
     * Each stat's page of the records its group counted: one statement per grouping among the stats (one per
     * grouped field of the request), reading only the page asked for of each group.
     */
    @SuppressWarnings("unchecked")
    static <S extends Stat, T> List<Page<T>> pages(List<S> stats, Integer first, String after) {
        int size = Page.size(first);
        int offset = Page.offset(after);
        Map<Grouping, Map<List<Object>, List<Object>>> read = new IdentityHashMap<>();
        List<Page<T>> pages = new ArrayList<>(stats.size());
        for (S stat : stats) {
            List<T> records = size == 0 || offset >= stat.count ? List.of()
                    : (List<T>) read.computeIfAbsent(stat.grouping, g -> g.pageOfEachGroup(offset, size))
                            .getOrDefault(stat.key, List.of());
            List<T> items = records.size() > size ? new ArrayList<>(records.subList(0, size)) : records;
            boolean more = size == 0 ? offset < stat.count : records.size() > size;
            pages.add(new Page<>(items, offset, more, stat.count));
        }
        return pages;
    }

    /** Turns each count row into a stat, handing the constructor the key values and the count. */
    <S extends Stat> List<S> stats(Function<Object[], S> make) {
        List<S> stats = new ArrayList<>();
        for (Object[] row : counts()) {
            S stat = make.apply(row);
            stat.grouping = this;
            stat.key = Arrays.asList(row).subList(0, row.length - 1);
            stat.count = ((Number) row[row.length - 1]).intValue();
            stats.add(stat);
        }
        return stats;
    }

    /** The position of {@code key} among the keys, or -1 when the stats are not grouped by it. */
    int indexOf(String key) {
        return keys.indexOf(key);
    }

    static Integer integer(Object[] row, int index) {
        return index < 0 || row[index] == null ? null : ((Number) row[index]).intValue();
    }

    static String text(Object[] row, int index) {
        return index < 0 || row[index] == null ? null : row[index].toString();
    }
}
