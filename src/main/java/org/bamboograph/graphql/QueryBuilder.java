package org.bamboograph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * Builds the HQL of a filtered list query once, so that its page and its total count share the same conditions.
 */
public class QueryBuilder {

    private final String from;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String orderBy = "";

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

    public QueryBuilder orderBy(String orderBy) {
        this.orderBy = " order by " + orderBy;
        return this;
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> List<T> page(Class<T> type, int offset, int limit) {
        TypedQuery<T> query = Panache.getEntityManager()
                .createQuery("select " + alias + " from " + from + whereClause() + orderBy, type)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public long count() {
        TypedQuery<Long> query = Panache.getEntityManager()
                .createQuery("select count(" + alias + ") from " + from + whereClause(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
