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
    private String joins = "";

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

    /**
     * Adds an inner or left join to every read of this query (the parties of an agreement, say), for grouped counts
     * that count a record once per joined row. A list query with such a join would repeat its rows.
     */
    public QueryBuilder join(String join) {
        this.joins += " " + join;
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

    private String fromClause() {
        return from + joins;
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> List<T> page(Class<T> type, int offset, int limit) {
        List<T> rows = read(type, offset, limit);
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
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
            return limited(Rows.query("select " + alias + " from " + fromClause() + sorted + whereClause() + orderBy,
                    type, parameters), offset, limit).getResultList();
        }
        StringBuilder select = new StringBuilder("select ").append(alias);
        StringBuilder neighbourJoins = new StringBuilder(sorted);
        for (Neighbour neighbour : neighbours) {
            select.append(", ").append(neighbour.alias());
            neighbourJoins.append(' ').append(neighbour.join());
        }
        List<Object[]> rows = limited(Rows.query(select + " from " + fromClause() + neighbourJoins + whereClause() + orderBy,
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

    /** The page's rows, never more than the request has left to read ({@link RequestBudget#bound}). */
    private static <R> TypedQuery<R> limited(TypedQuery<R> query, int offset, int limit) {
        if (limit >= 0) {
            query.setFirstResult(offset).setMaxResults(Math.min(limit, query.getMaxResults()));
        }
        return query;
    }

    public long count() {
        return Rows.query("select count(" + alias + ") from " + fromClause() + whereClause(), Long.class, parameters)
                .getSingleResult();
    }

    /**
     * A projection of every matching row ({@code select} lists HQL expressions over the query's aliases and joins), in
     * this query's order, for a caller that streams it: rows are not counted against a request's answer size.
     */
    public TypedQuery<Object[]> projection(String select) {
        return Rows.query("select " + select + " from " + fromClause() + whereClause() + orderBy, Object[].class,
                parameters);
    }

    /** The ids of the matching rows as an HQL subquery, its parameters in {@link #parameters()}. */
    public String idSubquery() {
        return "select " + alias + ".id from " + fromClause() + whereClause();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /**
     * One row per distinct value of {@code keys} (HQL expressions over the query's aliases): the key values, then the
     * number of records with them, last (a join that adds a key must add one row per record and key value). One
     * GROUP BY statement, ordered by the keys, nulls last.
     */
    public List<Object[]> groupCounts(List<String> keys) {
        String keyList = String.join(", ", keys);
        // A join adds a key column, so a record comes once per group it belongs to: a plain count counts it once there.
        String select = "select " + (keys.isEmpty() ? "" : keyList + ", ") + "count(" + alias + ") from ";
        String group = keys.isEmpty() ? ""
                : " group by " + keyList + " order by "
                        + String.join(", ", keys.stream().map(k -> k + " asc nulls last").toList());
        if (keys.isEmpty()) {
            Long count = Rows.query(select + fromClause() + whereClause(), Long.class, parameters).getSingleResult();
            return List.<Object[]>of(new Object[] { count });
        }
        return Rows.query(select + fromClause() + whereClause() + group, Object[].class, parameters).getResultList();
    }

    /**
     * The page of every group of {@code keys} at once: of each group's records in {@code order}, those numbered
     * {@code offset + 1} to {@code offset + limit}, each with its key values (the record first, then the keys), ordered
     * by their number within the group. One statement however many groups and rows: a window function numbers the
     * records within their group, and only the numbers asked for are read.
     */
    public List<Object[]> groupPages(List<String> keys, String order, int offset, int limit) {
        String entity = from.substring(0, from.indexOf(' '));
        StringBuilder numbered = new StringBuilder("select ").append(alias).append(".id as id");
        StringBuilder keyColumns = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            numbered.append(", ").append(keys.get(i)).append(" as k").append(i);
            keyColumns.append(", n.k").append(i);
        }
        numbered.append(", row_number() over (")
                .append(keys.isEmpty() ? "" : "partition by " + String.join(", ", keys) + " ")
                .append("order by ").append(order).append(") as rn from ").append(fromClause()).append(whereClause());
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("groupPageFrom", (long) offset);
        params.put("groupPageTo", (long) offset + limit);
        List<Object[]> rows = new ArrayList<>();
        String hql = "select g" + keyColumns + " from " + entity + " g join (" + numbered + ") n on n.id = g.id"
                + " where n.rn > :groupPageFrom and n.rn <= :groupPageTo order by n.rn";
        if (keys.isEmpty()) {
            for (Object row : Rows.query(hql, Object.class, params).getResultList()) {
                rows.add(new Object[] { row });
            }
        } else {
            rows = Rows.query(hql, Object[].class, params).getResultList();
        }
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
    }

    /**
     * Every record with the values of {@code keys} it is counted under (a record joined to two parties comes once for
     * each), in this query's order: the record first, then the keys.
     */
    public List<Object[]> withKeys(List<String> keys) {
        String select = "select " + alias + (keys.isEmpty() ? "" : ", " + String.join(", ", keys)) + " from ";
        List<Object[]> rows = new ArrayList<>();
        if (keys.isEmpty()) {
            for (Object row : Rows.query(select + fromClause() + whereClause() + orderBy, Object.class, parameters)
                    .getResultList()) {
                rows.add(new Object[] { row });
            }
        } else {
            rows = Rows.query(select + fromClause() + whereClause() + orderBy, Object[].class, parameters)
                    .getResultList();
        }
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
    }
}
