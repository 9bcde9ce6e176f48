package org.bamboograph.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.TypedQuery;

import org.bamboograph.limit.RequestBudget;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Runs the queries of batch loaders, whose parameter is the list of a level's keys. Hibernate translates a query with
 * a list parameter to SQL again on every call, since the SQL depends on the list's length, while it keeps the
 * translation of a query whose parameters are single values. So each list becomes one parameter per key, their number
 * rounded up to a power of two by repeating the last key: a few shapes of each query, each translated once.
 */
public final class Rows {

    /** Longer lists stay one list parameter: rare, and SQL has limits on the number of parameters. */
    static final int MAX_SPREAD = 1024;

    /**
     * The spread text of each query, parameter and number of slots: a few shapes per query, asked for on every level
     * of every request, where rewriting the text with a regular expression each time cost a few percent of a large
     * page's CPU. Bounded: it starts over past {@link #REMEMBERED}.
     */
    private static final Map<String, String> SPREAD = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 2000;

    private Rows() {
    }

    /** Rows of {@code entity} that meet {@code condition}, in which ":keys" stands for {@code keys}. */
    public static <T> List<T> where(Class<T> entity, String condition, Collection<?> keys) {
        return select("from " + entity.getSimpleName() + " where " + condition, entity, Map.of("keys", keys));
    }

    public static <R> List<R> select(String hql, Class<R> type, Map<String, ?> params) {
        return query(hql, type, params).getResultList();
    }

    /**
     * The query with its parameters bound, each list spread as the class comment says, and a timeout of what is left
     * of the request's time ({@link RequestBudget#bound}).
     */
    public static <R> TypedQuery<R> query(String hql, Class<R> type, Map<String, ?> params) {
        Map<String, Object> bound = new HashMap<>();
        String spread = hql;
        for (Map.Entry<String, ?> param : params.entrySet()) {
            if (param.getValue() instanceof Collection<?> keys && !keys.isEmpty() && keys.size() <= MAX_SPREAD) {
                spread = spread(spread, param.getKey(), keys, bound);
            } else {
                bound.put(param.getKey(), param.getValue());
            }
        }
        TypedQuery<R> query = Panache.getEntityManager().createQuery(spread, type);
        bound.forEach(query::setParameter);
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.bound(query);
        }
        return query;
    }

    private static String spread(String hql, String name, Collection<?> keys, Map<String, Object> bound) {
        int slots = Integer.highestOneBit(keys.size());
        slots = slots == keys.size() ? slots : slots * 2;
        Iterator<?> it = keys.iterator();
        Object key = null;
        for (int i = 0; i < slots; i++) {
            key = it.hasNext() ? it.next() : key;
            bound.put(name + "_" + i, key);
        }
        String shape = slots + ":" + name + ":" + hql;
        String spread = SPREAD.get(shape);
        if (spread == null) {
            spread = spreadText(hql, name, slots);
            if (SPREAD.size() >= REMEMBERED) {
                SPREAD.clear();
            }
            SPREAD.put(shape, spread);
        }
        return spread;
    }

    /** {@code hql} with the parameter {@code name} written as a list of {@code slots} parameters, name_0 to name_n. */
    private static String spreadText(String hql, String name, int slots) {
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < slots; i++) {
            list.append(i == 0 ? ":" : ", :").append(name).append('_').append(i);
        }
        return Pattern.compile(":" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(hql)
                .replaceAll(Matcher.quoteReplacement(list.append(')').toString()));
    }
}
