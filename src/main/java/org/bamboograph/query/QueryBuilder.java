package org.bamboograph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.persistence.TypedQuery;

import org.bamboograph.limit.RequestBudget;

/**
 * Builds the HQL of a filtered list query once, so that its page and its total count share the same conditions. It can
 * also read, in the same statement, a to-one neighbour of each row (a visit's host state, say) that the client asked
 * for, sparing that field a query of its own.
 */
public class QueryBuilder {

    private final String from;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<Neighbour> neighbours = new ArrayList<>();
    private final List<String> orderJoins = new ArrayList<>();
    private String orderBy = "";

    private record Neighbour(String join, String alias, BiConsumer<Object, Object> attach) {
    }

    /** {@code from} is the entity and alias, for example "Visit v". */
    public QueryBuilder(String from) {
        this.from = from;
        this.alias = from.substring(from.indexOf(' ') + 1).trim();
    }

    public QueryBuilder where(String condition) {
        conditions.add(condition);
        return this;
    }

    public QueryBuilder where(String condition, Map<String, Object> params) {
        conditions.add(condition);
        parameters.putAll(params);
        return this;
    }

    /** A left join to at most one row that the order needs (a visit's guest, to sort by name). Counts leave it out. */
    public QueryBuilder orderJoin(String join) {
        orderJoins.add(join);
        return this;
    }

    public QueryBuilder orderBy(String orderBy) {
        this.orderBy = " order by " + orderBy;
        return this;
    }

    /**
     * Also reads the row that {@code join} (a left join to at most one row, naming it {@code alias}) finds for each
     * result, and hands the pair to {@code attach}. Counts leave it out.
     */
    @SuppressWarnings("unchecked")
    public <T, N> QueryBuilder alsoRead(String join, String alias, BiConsumer<T, N> attach) {
        neighbours.add(new Neighbour(join, alias, (BiConsumer<Object, Object>) attach));
        return this;
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> List<T> page(Class<T> type, int offset, int limit) {
        return read(type, offset, limit);
    }

    /** Every row, in order (as many as the request's answer may hold: {@link RequestBudget#bound}). */
    public <T> List<T> list(Class<T> type) {
        List<T> rows = read(type, 0, -1);
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> read(Class<T> type, int offset, int limit) {
        String sorted = orderJoins.isEmpty() ? "" : " " + String.join(" ", orderJoins);
        if (neighbours.isEmpty()) {
            return limited(Rows.query("select " + alias + " from " + from + sorted + whereClause() + orderBy, type,
                    parameters), offset, limit).getResultList();
        }
        StringBuilder select = new StringBuilder("select ").append(alias);
        StringBuilder joins = new StringBuilder(sorted);
        for (Neighbour neighbour : neighbours) {
            select.append(", ").append(neighbour.alias());
            joins.append(' ').append(neighbour.join());
        }
        List<Object[]> rows = limited(Rows.query(select + " from " + from + joins + whereClause() + orderBy,
                Object[].class, parameters), offset, limit).getResultList();
        List<T> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            for (int i = 0; i < neighbours.size(); i++) {
                neighbours.get(i).attach().accept(row[0], row[i + 1]);
            }
            result.add((T) row[0]);
        }
        return result;
    }

    private static <R> TypedQuery<R> limited(TypedQuery<R> query, int offset, int limit) {
        if (limit >= 0) {
            query.setFirstResult(offset).setMaxResults(limit);
        }
        return query;
    }

    public long count() {
        return Rows.query("select count(" + alias + ") from " + from + whereClause(), Long.class, parameters)
                .getSingleResult();
    }
}
