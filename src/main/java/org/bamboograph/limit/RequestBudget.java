package org.bamboograph.limit;

import java.util.concurrent.atomic.AtomicLong;

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
 * answer is known to be too large, and every SQL statement carries a timeout of what is left.
 * <p>
 * The size is kept as the work goes, not only on the finished answer: the rows all statements of the request have read
 * are added up, and each statement may read only the rows left of the request's bound; and the values the batch
 * loaders hand out, a level's lists for all its parents, are added up against the answer's bound before graphql-java
 * walks them. A few rows can fill a huge answer (the same guest's visits under each of a thousand parents), and
 * graphql-java would build most of it before its own count of the answer's values trips. Writes run without a
 * deadline: an import or a write cut off halfway would be worse than a slow answer.
 */
public final class RequestBudget {

    private static final String KEY = RequestBudget.class.getName();

    private final long deadline;
    /** The whole request's time, in whole seconds; statements need a timeout of their own once less is left. */
    private final int timeoutSeconds;
    private final int maxValues;
    private final long maxRows;
    private final GraphQLContext context;
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong valuesHandedOut = new AtomicLong();
    private volatile boolean exempt;
    private volatile boolean timedOut;
    private volatile boolean tooLarge;
    private volatile ResultNodesInfo nodes;

    private RequestBudget(long deadline, int timeoutSeconds, int maxValues, long maxRows, GraphQLContext context) {
        this.deadline = deadline;
        this.timeoutSeconds = timeoutSeconds;
        this.maxValues = maxValues;
        this.maxRows = maxRows;
        this.context = context;
    }

    /** Starts the budget of a request and makes it the one its resolvers see. */
    static RequestBudget start(GraphQLContext context, long timeoutNanos, int maxValues, long maxRows) {
        RequestBudget budget = new RequestBudget(System.nanoTime() + timeoutNanos, seconds(timeoutNanos), maxValues,
                maxRows, context);
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

    /**
     * Whether the answer is known to be too large: graphql-java counted more values than allowed, the batch loaders
     * handed out more, or the statements read more rows than allowed in all.
     */
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

    /** Adds the rows a statement of this request read; past the request's bound on rows its answer is too large. */
    public void read(int rows) {
        if (rowsRead.addAndGet(rows) > maxRows) {
            tooLarge = true;
        }
    }

    /**
     * Adds the values a batch loader hands graphql-java for a whole level (the elements of every parent's list, or
     * every parent's object); each is a value of the answer, so past the answer's bound it is too large.
     *
     * @return whether the answer is still within its bound
     */
    public boolean handOut(long values) {
        if (valuesHandedOut.addAndGet(values) > maxValues) {
            tooLarge = true;
        }
        return !tooLarge;
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
     * up, and a row limit of one more than the rows left of the request's bound (one more, so that reading it shows the
     * bound is passed); refuses to start one once the request is spent. A page query lowers the row limit to its page.
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
        long left = Math.max(0, maxRows - rowsRead.get());
        query.setMaxResults((int) Math.min(Integer.MAX_VALUE, left + 1));
    }

    private static int seconds(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    static CodedException timeout() {
        return new CodedException(ErrorCode.TIMEOUT, "The query took longer than this server allows for one request "
                + "and was stopped: ask for less at a time (smaller pages, fewer levels) and try again.");
    }
}
