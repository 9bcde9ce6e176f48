package org.bamboograph.engine;

import org.bamboograph.limit.Limits;
import org.bamboograph.limit.OperationLimits;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands graphql-java one lean instrumentation, {@link OperationLimits}, in place of SmallRye's chain of three (depth
 * limit, complexity limit, and the hook by which SmallRye's document cache learns which documents validated). The
 * depth limit stays {@code quarkus.smallrye-graphql.instrumentation-query-depth}; {@code -complexity} is the budget of
 * our own {@link QueryCost}; the other bounds are {@link Limits}.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class EngineWiring implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // SmallRye's document cache is both the document provider and, for its validation hook, an instrumentation.
        Instrumentation documentCache = builder.build().getPreparsedDocumentProvider() instanceof Instrumentation hook
                ? hook
                : null;
        return builder.instrumentation(new OperationLimits(Limits.fromConfig(), documentCache));
    }
}
