package org.bamboograph.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * The depth and complexity limits, checked by graphql-java's own checks (same errors), but once per document, operation
 * and variables instead of on every request: each check walks the whole operation, and its verdict cannot change.
 * As graphql-java's only instrumentation it also spares every field the bookkeeping of a chain of instrumentations;
 * it passes validation on to the document cache's hook, so that the cache still learns which documents validated.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

    /** Verdicts remembered, at most; past it the memory starts again. */
    static final int MAX_REMEMBERED = 1000;

    private final MaxQueryDepthInstrumentation depth;
    private final MaxQueryComplexityInstrumentation complexity;
    private final Instrumentation documentCache;
    private final Map<Operation, Boolean> passed = new ConcurrentHashMap<>();

    /** Documents come from the document cache: one instance per query text, so identity is enough. */
    private record Operation(Document document, String name, Map<String, Object> variables) {
    }

    /** Either limit may be null: not checked; so may the document cache's validation hook. */
    OperationLimits(Integer maxDepth, Integer maxComplexity, Instrumentation documentCache) {
        this.depth = maxDepth == null ? null : new MaxQueryDepthInstrumentation(maxDepth);
        this.complexity = maxComplexity == null ? null : new MaxQueryComplexityInstrumentation(maxComplexity);
        this.documentCache = documentCache;
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
        Operation operation = new Operation(execution.getDocument(), execution.getOperationDefinition().getName(),
                execution.getCoercedVariables().toMap());
        if (!passed.containsKey(operation)) {
            // Each throws graphql-java's AbortExecutionException when its limit is crossed.
            if (depth != null) {
                depth.beginExecuteOperation(parameters, null);
            }
            if (complexity != null) {
                complexity.beginExecuteOperation(parameters, complexity.createStateAsync(null).join());
            }
            if (passed.size() >= MAX_REMEMBERED) {
                passed.clear();
            }
            passed.put(operation, Boolean.TRUE);
        }
        return null;
    }
}
