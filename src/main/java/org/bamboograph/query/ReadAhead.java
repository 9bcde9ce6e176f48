package org.bamboograph.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Answers of batch-loaded fields that the statement reading their rows read too (a visit's host state, an agreement's
 * parties), kept for the request beside the rows rather than on them: the entities stay plain rows, and an answer
 * cannot outlive the request that read it. {@link BatchFieldFetcher} answers such a field at once, with no
 * DataLoader round and no query; rows read without it fall back to the field's batch loader.
 */
public final class ReadAhead {

    private static final String KEY = ReadAhead.class.getName();

    /** For each schema field, the answers by row; rows are entities, told apart by identity. */
    private final Map<String, Map<Object, Object>> answers = new ConcurrentHashMap<>();

    private ReadAhead() {
    }

    /**
     * Keeps {@code answer} as the value of {@code field} on {@code row} for the request being resolved. Outside a
     * request (Java code calling a resolver) there is nothing to answer and it is dropped.
     */
    public static void put(Object row, String field, Object answer) {
        ReadAhead current = current(true);
        if (current != null && answer != null) {
            current.answers.computeIfAbsent(field, f -> Collections.synchronizedMap(new IdentityHashMap<>()))
                    .put(row, answer);
        }
    }

    /** Drops what was read ahead for {@code row}: a write changed what it refers to. */
    public static void forget(Object row) {
        ReadAhead current = current(false);
        if (current != null) {
            current.answers.values().forEach(byRow -> byRow.remove(row));
        }
    }

    /** The answer of {@code field} on the source row of {@code env} as read ahead, or null. */
    public static Object answer(DataFetchingEnvironment env, String field) {
        GraphQLContext context = env.getGraphQlContext();
        ReadAhead current = context == null ? null : context.get(KEY);
        if (current == null) {
            return null;
        }
        Map<Object, Object> byRow = current.answers.get(field);
        return byRow == null ? null : byRow.get(env.getSource());
    }

    private static ReadAhead current(boolean create) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        GraphQLContext graphQl = env == null ? null : env.getGraphQlContext();
        if (graphQl == null) {
            return null;
        }
        return create ? graphQl.computeIfAbsent(KEY, k -> new ReadAhead()) : graphQl.get(KEY);
    }
}
