package org.bamboograph.graphql;

import jakarta.persistence.Query;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.api.Context;

/**
 * The time one GraphQL query may take. graphql-java cannot cancel an execution, so the deadline is kept by the work
 * itself: fetchers and batch loaders start nothing once it has passed, and every SQL statement carries a timeout of
 * what is left. Writes run without one: an import or a write cut off halfway would be worse than a slow answer.
 */
public final class RequestBudget {

    private static final String KEY = RequestBudget.class.getName();

    private final long deadline;
    private volatile boolean exempt;
    private volatile boolean timedOut;

    private RequestBudget(long deadline) {
        this.deadline = deadline;
    }

    /** Starts the budget of a request and makes it the one its resolvers see. */
    static RequestBudget start(GraphQLContext context, long timeoutNanos) {
        RequestBudget budget = new RequestBudget(System.nanoTime() + timeoutNanos);
        context.put(KEY, budget);
        return budget;
    }

    /** The budget of the request being resolved on this thread, or null outside one (as when Java code calls). */
    public static RequestBudget current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        InstanceHandle<Context> context = Arc.container().instance(Context.class);
        DataFetchingEnvironment env = context.isAvailable() ? context.get().unwrap(DataFetchingEnvironment.class) : null;
        return env == null || env.getGraphQlContext() == null ? null : env.getGraphQlContext().get(KEY);
    }

    /** Lifts the deadline: for writes. */
    void exempt() {
        exempt = true;
    }

    /** Whether the deadline has passed; once it says so, the request has been cut short and answers TIMEOUT. */
    public boolean expired() {
        if (!exempt && !timedOut && System.nanoTime() - deadline >= 0) {
            timedOut = true;
        }
        return timedOut;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Whether the deadline has passed, without cutting anything short. */
    boolean past() {
        return !exempt && System.nanoTime() - deadline >= 0;
    }

    /**
     * Gives an SQL statement of this request a timeout of the time left, in the whole seconds JDBC counts in, rounded
     * up; refuses to start one once the deadline has passed.
     */
    public void bound(Query query) {
        if (exempt) {
            return;
        }
        if (expired()) {
            throw timeout();
        }
        long left = deadline - System.nanoTime();
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999_999L) / 1_000_000_000L));
        query.setHint("org.hibernate.timeout", seconds);
    }

    static CodedException timeout() {
        return new CodedException(ErrorCode.TIMEOUT, "The query took longer than this server allows for one request "
                + "and was stopped: ask for less at a time (smaller pages, fewer levels) and try again.");
    }
}
