package org.bamboograph.limit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.ResponseStatus;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ExecutionContext;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;

/**
 * Bounds the work of every request, as graphql-java's only instrumentation (which also spares every field the
 * bookkeeping of a chain of instrumentations; validation is passed on to the document cache's hook, so that the cache
 * still learns which documents validated):
 * <ul>
 * <li>before anything runs, the depth and the {@link QueryCost} of the operation, computed once per document,
 * operation and variables (the verdict cannot change) by a walk that costs each fragment once;</li>
 * <li>heavy operations, above a cost, run a few at a time; others are refused at once, never queued;</li>
 * <li>the answer is cut off once it holds more values than allowed (graphql-java stops fetching past its result-node
 * limit) and replaced by RESPONSE_TOO_LARGE;</li>
 * <li>a query's deadline ({@link RequestBudget}): once it has passed no fetcher starts, and the answer is TIMEOUT.</li>
 * </ul>
 */
public final class OperationLimits extends SimplePerformantInstrumentation {

    /** Verdicts remembered, at most; past it the memory starts again. */
    static final int MAX_REMEMBERED = 1000;

    private static final DataFetcher<Object> NOTHING = env -> null;

    private final Limits limits;
    private final Instrumentation documentCache;
    private final OperationTimings timings;
    private final Semaphore heavy;
    private final Map<Operation, QueryCost.Result> measured = new ConcurrentHashMap<>();

    /** Documents come from the document cache: one instance per query text, so identity is enough. */
    private record Operation(Document document, String name, Map<String, Object> variables) {
    }

    /** One request's part: its deadline, and the heavy permit it holds, if any. */
    private static final class State implements InstrumentationState {
        RequestBudget budget;
        final AtomicBoolean holdsPermit = new AtomicBoolean();
    }

    /** The document cache's validation hook may be null. */
    public OperationLimits(Limits limits, Instrumentation documentCache) {
        this.limits = limits;
        this.documentCache = documentCache;
        this.heavy = new Semaphore(Math.max(1, limits.heavyAtOnce()));
        this.timings = OperationTimings.ifNeeded(limits.graphqlRunsBlocking());
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        State request = (State) state;
        GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
        request.budget = RequestBudget.start(context, limits.timeout().toNanos(), limits.maxResultValues(),
                limits.maxRowsRead());
        // graphql-java counts each field and list element it completes, and stops fetching past this many.
        context.put(ResultNodesInfo.MAX_RESULT_NODES, limits.maxResultValues());
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> release(request));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return documentCache == null ? null : documentCache.beginValidation(parameters, null);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition definition = execution.getOperationDefinition();
        State request = (State) state;
        if (definition.getOperation() != OperationDefinition.Operation.QUERY) {
            request.budget.exempt();
        }
        Map<String, Object> variables = execution.getCoercedVariables().toMap();
        Operation operation = new Operation(execution.getDocument(), definition.getName(), variables);
        QueryCost.Result result = measured.get(operation);
        if (result == null) {
            result = QueryCost.of(execution.getGraphQLSchema(), execution.getDocument(), definition, variables);
            if (measured.size() >= MAX_REMEMBERED) {
                measured.clear();
            }
            measured.put(operation, result);
        }
        if (limits.maxDepth() != null && result.depth() > limits.maxDepth()) {
            throw new LimitExceeded("The query nests " + depth(result) + " fields deep; this server answers at most "
                    + limits.maxDepth() + ".", Map.of("code", ErrorCode.QUERY_TOO_DEEP));
        }
        if (limits.maxCost() != null && result.cost() > limits.maxCost()) {
            throw new LimitExceeded("The query would cost " + cost(result) + " to answer, more than the "
                    + limits.maxCost() + " this server allows for one request: ask for smaller pages, fewer levels "
                    + "or fewer aliases.", coded(ErrorCode.QUERY_TOO_COMPLEX, result.cost()));
        }
        if (result.cost() > limits.heavyCost()) {
            if (!heavy.tryAcquire()) {
                ResponseStatus.set(429, Map.of("Retry-After", String.valueOf(limits.retryAfter())));
                throw new LimitExceeded("The server is answering as many heavy queries (cost above "
                        + limits.heavyCost() + ") as it runs at once; retry after " + limits.retryAfter()
                        + " s, or ask for less.", coded(ErrorCode.RATE_LIMITED, result.cost()));
            }
            request.holdsPermit.set(true);
        }
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // No new work once the deadline has passed or the answer is too large: it is replaced, whatever the fields say.
        State request = (State) state;
        if (request != null && request.budget != null && request.budget.spent()) {
            return NOTHING;
        }
        // Only root fields are timed, and no root field has a trivial fetcher. Asking for a field's step info builds
        // its whole DataFetchingEnvironment, which a light fetcher (a plain property) never needs: so it is not asked.
        if (timings == null || parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        return timings.timed(dataFetcher, parameters.getExecutionStepInfo());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        State request = (State) state;
        release(request);
        RequestBudget budget = request == null ? null : request.budget;
        if (budget != null && (budget.timedOut() || !result.getErrors().isEmpty() && budget.past())) {
            return CompletableFuture.completedFuture(replaced(RequestBudget.timeout().getMessage(),
                    Map.of("code", ErrorCode.TIMEOUT)));
        }
        if (budget != null && budget.tooLarge()) {
            return CompletableFuture.completedFuture(replaced("The answer would hold more than "
                    + limits.maxResultValues() + " values, or take reading more than " + limits.maxRowsRead()
                    + " rows, more than this server does for one response: ask for smaller pages or fewer levels.", Map.of("code", ErrorCode.RESPONSE_TOO_LARGE,
                            "limit", limits.maxResultValues())));
        }
        return CompletableFuture.completedFuture(result);
    }

    /** A result of one error and no data. Not of type ExecutionAborted, which SmallRye answers with an empty 500. */
    private static ExecutionResult replaced(String message, Map<String, Object> extensions) {
        return ExecutionResultImpl.newExecutionResult().data(null).addError(GraphqlErrorBuilder.newError()
                .message(message).errorType(ErrorType.DataFetchingException).extensions(extensions).build()).build();
    }

    private void release(State request) {
        if (request != null && request.holdsPermit.compareAndSet(true, false)) {
            heavy.release();
        }
    }

    private Map<String, Object> coded(String code, long cost) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("cost", cost);
        extensions.put("limit", code.equals(ErrorCode.RATE_LIMITED) ? limits.heavyCost() : limits.maxCost());
        return extensions;
    }

    private static String depth(QueryCost.Result result) {
        return result.depth() == Integer.MAX_VALUE ? "unboundedly" : String.valueOf(result.depth());
    }

    private static String cost(QueryCost.Result result) {
        return result.cost() == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(result.cost());
    }
}
