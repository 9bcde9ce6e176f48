package org.bamboograph.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bamboograph.paging.Page;
import org.bamboograph.query.QueryBuilder;

/**
 * A grouped count over one filtered query: the HQL expressions of the group keys, counted in the database in one
 * GROUP BY statement, and, for the groups' connections, the records of every group read in one more statement.
 * Both statements share the query's joins and conditions, so a group's connection pages through exactly the
 * records its count counted.
 */
final class Grouping {

    /** The start year of a record's span (null when undated), and the decade it falls in (1990 for 1990–1999). */
    static String year(String alias) {
        return "year(" + alias + ".dateStart)";
    }

    static String decade(String alias) {
        return "(year(" + alias + ".dateStart) - mod(year(" + alias + ".dateStart), 10))";
    }

    private final QueryBuilder query;
    private final List<String> keys;
    private final String order;
    private Map<List<Object>, List<Object>> members;

    Grouping(QueryBuilder query, List<String> keys, String order) {
        this.query = query;
        this.keys = List.copyOf(keys);
        this.order = order;
    }

    /** One row per group: its key values in the order of the keys, and its count last. */
    List<Object[]> counts() {
        return query.groupCounts(keys);
    }

    /** The records of each group, in the list's date order, read once for all groups. */
    private Map<List<Object>, List<Object>> members() {
        if (members == null) {
            Map<List<Object>, List<Object>> byKey = new HashMap<>();
            for (Object[] row : query.orderBy(order).withKeys(keys)) {
                byKey.computeIfAbsent(Arrays.asList(row).subList(1, row.length), k -> new ArrayList<>()).add(row[0]);
            }
            members = byKey;
        }
        return members;
    }

    /** Each stat's page of the records its group counted; one statement for every grouping among the stats. */
    @SuppressWarnings("unchecked")
    static <S extends Stat, T> List<Page<T>> pages(List<S> stats, Integer first, String after) {
        Page.size(first);
        Page.offset(after);
        List<Page<T>> pages = new ArrayList<>(stats.size());
        for (S stat : stats) {
            List<T> records = (List<T>) stat.grouping.members().getOrDefault(stat.key, List.of());
            pages.add(Page.slice(records, first, after));
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
