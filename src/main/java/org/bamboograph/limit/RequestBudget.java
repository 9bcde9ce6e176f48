package org.bamboograph.limit;

import jakarta.persistence.Query;

import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorCode;

import graphql.GraphQLContext;
import graphql.execution.ResultNodesInfo;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The time one GraphQL query may take, and the values its answer may hold. graphql-java cannot cancel an execution, so
 * the bounds are kept by the work itself: fetchers and batch loaders start nothing once the deadline has passed or the
 * answer is known to be too large, every SQL statement carries a timeout of what is left, and reads no more rows than
 * the answer may hold values (each row is at least one value of it). Writes run without a deadline: an import or a
 * write cut off halfway would be worse than a slow answer.
 */
public final class RequestBudget {

    private static final String KEY = RequestBudget.class.getName();

    private final long deadline;
    /** The whole request's time, in whole seconds; statements need a timeout of their own once less is left. */
    private final int timeoutSeconds;
    private final int maxValues;
    private final GraphQLContext context;
    private volatile boolean exempt;
    private volatile boolean timedOut;
    private volatile boolean tooLarge;
    private volatile ResultNodesInfo nodes;

    private RequestBudget(long deadline, int timeoutSeconds, int maxValues, GraphQLContext context) {
        this.deadline = deadline;
        this.timeoutSeconds = timeoutSeconds;
        this.maxValues = maxValues;
        this.context = context;
    }

    /** Starts the budget of a request and makes it the one its resolvers see. */
    static RequestBudget start(GraphQLContext context, long timeoutNanos, int maxValues) {
        RequestBudget budget = new RequestBudget(System.nanoTime() + timeoutNanos, seconds(timeoutNanos), maxValues,
                context);
        context.put(KEY, budget);
        return budget;
    }

    /** The budget of the request being resolved on this thread, or null outside one (as when Java code calls). */
    public static RequestBudget current() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
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

    /** Whether the answer is known to hold more values than allowed: graphql-java counted them, or a statement read more rows. */
    boolean tooLarge() {
        if (!tooLarge) {
            if (nodes == null) {
                nodes = context.get(ResultNodesInfo.RESULT_NODES_INFO); // there once execution has begun
            }
            tooLarge = nodes != null && nodes.isMaxResultNodesExceeded();
        }
        return tooLarge;
    }

    /** Whether the request should start no more work: past its deadline, or its answer already too large. */
    public boolean spent() {
        return expired() || tooLarge();
    }

    /** Notes the rows a statement of this request read; more than the answer may hold values make it too large. */
    public void read(int rows) {
        if (rows > maxValues) {
            tooLarge = true;
        }
    }

    /** Whether the database should stop this request's statements after its time: queries, not writes. */
    boolean boundsStatements() {
        return !exempt;
    }

    /** Whether the deadline has passed, without cutting anything short. */
    boolean past() {
        return !exempt && System.nanoTime() - deadline >= 0;
    }

    /**
     * Gives an SQL statement of this request a timeout of the time left, in the whole seconds JDBC counts in, rounded
     * up, and a row limit of one more than the answer may hold values; refuses to start one once the request is spent.
     * A page query sets its own, smaller, row limit afterwards.
     */
    public void bound(Query query) {
        if (exempt) {
            return;
        }
        if (expired()) {
            throw timeout();
        }
        if (tooLarge()) {
            throw new CodedException(ErrorCode.RESPONSE_TOO_LARGE, "The answer would be too large.");
        }
        int seconds = seconds(deadline - System.nanoTime());
        // The database already stops a query's statements after the request's whole time (StatementTimeouts), so a
        // statement needs its own timeout only once less is left: on H2 setting one costs a statement of its own.
        if (seconds < timeoutSeconds) {
            query.setHint("org.hibernate.timeout", seconds);
            StatementTimeouts.overridden();
        }
        query.setMaxResults(maxValues + 1);
    }

    private static int seconds(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    static CodedException timeout() {
        return new CodedException(ErrorCode.TIMEOUT, "The query took longer than this server allows for one request "
                + "and was stopped: ask for less at a time (smaller pages, fewer levels) and try again.");
    }
}
