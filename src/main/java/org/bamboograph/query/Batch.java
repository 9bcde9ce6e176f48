package org.bamboograph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bamboograph.limit.RequestBudget;

/**
 * Answers a nested field for a whole level of parents with one query. SmallRye hands a resolver that takes
 * {@code @Source List<T>} every parent of the level at once and expects one result per parent, in the same order;
 * these helpers load the related rows for all distinct keys in one go and hand them back in that order. Once the
 * request is spent (past its deadline, or its answer too large) they load nothing: its answer is replaced anyway.
 * What they hand back is counted against the answer's bound before graphql-java walks it: a few rows can be a level of
 * a huge answer when many parents share them, and a level past the bound is handed back empty.
 */
public final class Batch {

    private Batch() {
    }

    /** For each parent, the one row whose id is the parent's key (null where the key is null or unknown). */
    public static <P, K, T> List<T> one(List<P> parents, Function<P, K> keyOf,
            Function<Set<K>, List<T>> load, Function<T, K> idOf) {
        Set<K> keys = keys(parents, keyOf);
        Map<K, T> byId = new HashMap<>();
        if (!keys.isEmpty()) {
            for (T row : read(load.apply(keys))) {
                byId.put(idOf.apply(row), row);
            }
        }
        List<T> result = new ArrayList<>(parents.size());
        long values = 0;
        for (P parent : parents) {
            K key = keyOf.apply(parent);
            T row = key == null ? null : byId.get(key);
            values += row == null ? 0 : 1;
            result.add(row);
        }
        if (!handOut(values)) {
            Collections.fill(result, null);
        }
        return result;
    }

    /** For each parent, the rows whose {@code groupOf} is the parent's key, in the order the query returned them. */
    public static <P, K, T> List<List<T>> many(List<P> parents, Function<P, K> keyOf,
            Function<Set<K>, List<T>> load, Function<T, K> groupOf) {
        Set<K> keys = keys(parents, keyOf);
        Map<K, List<T>> groups = new HashMap<>();
        if (!keys.isEmpty()) {
            for (T row : read(load.apply(keys))) {
                groups.computeIfAbsent(groupOf.apply(row), k -> new ArrayList<>()).add(row);
            }
        }
        return spread(parents, keyOf, groups);
    }

    /**
     * For each parent, the rows of a query that selects pairs (parent key, row), as a join through a link table does.
     */
    @SuppressWarnings("unchecked")
    public static <P, K, T> List<List<T>> pairs(List<P> parents, Function<P, K> keyOf,
            Function<Set<K>, List<Object[]>> load) {
        Set<K> keys = keys(parents, keyOf);
        Map<K, List<T>> groups = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Object[] pair : read(load.apply(keys))) {
                groups.computeIfAbsent((K) pair[0], k -> new ArrayList<>()).add((T) pair[1]);
            }
        }
        return spread(parents, keyOf, groups);
    }

    /** The rows a load read, noted against the request's bound on the size of its answer. */
    private static <R> List<R> read(List<R> rows) {
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
    }

    private static <P, K> Set<K> keys(List<P> parents, Function<P, K> keyOf) {
        Set<K> keys = new LinkedHashSet<>();
        RequestBudget budget = RequestBudget.current();
        if (budget != null && budget.spent()) {
            return keys;
        }
        for (P parent : parents) {
            K key = keyOf.apply(parent);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static <P, K, T> List<List<T>> spread(List<P> parents, Function<P, K> keyOf, Map<K, List<T>> groups) {
        List<List<T>> result = new ArrayList<>(parents.size());
        long values = 0;
        for (P parent : parents) {
            K key = keyOf.apply(parent);
            List<T> group = key == null ? List.of() : groups.getOrDefault(key, List.of());
            values += group.size();
            result.add(group);
        }
        if (!handOut(values)) {
            Collections.fill(result, List.of());
        }
        return result;
    }

    /** Counts a level's values against the request's bound; false once its answer is too large. */
    private static boolean handOut(long values) {
        RequestBudget budget = RequestBudget.current();
        return budget == null || budget.handOut(values);
    }
}
