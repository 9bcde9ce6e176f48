package org.bamboograph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a list as its orderBy argument asks for it: the keys in the order given (a repeat counts once), then
 * the id, so that no two rows tie and a position means the same row on every page. {@link #tag} names a non-default
 * order in the list's cursors; the default order's cursors name none, as before lists could be sorted.
 */
public record Ordering(String hql, String tag, List<String> joins) {

    public static <K extends Enum<K> & OrderKey> Ordering of(List<K> keys, K byDefault, String alias, String id) {
        Set<K> distinct = new LinkedHashSet<>(keys == null || keys.isEmpty() ? List.of(byDefault) : keys);
        List<String> parts = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (K key : distinct) {
            parts.add(key.hql(alias));
            names.add(key.name());
            String join = key.join(alias);
            if (join != null && !joins.contains(join)) {
                joins.add(join);
            }
        }
        parts.add(alias + "." + id + " asc");
        boolean isDefault = distinct.size() == 1 && distinct.contains(byDefault);
        return new Ordering(String.join(", ", parts), isDefault ? "" : String.join(".", names), joins);
    }

    /** Sorts {@code query} so. */
    public QueryBuilder applyTo(QueryBuilder query) {
        joins.forEach(query::orderJoin);
        return query.orderBy(hql);
    }

    /** HQL of a date order for {@code alias}: by start, then precision, both either way; undated last. */
    public static String byDate(String alias, boolean ascending) {
        String way = ascending ? " asc" : " desc";
        return alias + ".dateStart" + way + " nulls last, " + alias + ".datePrecision" + way + " nulls last";
    }
}
