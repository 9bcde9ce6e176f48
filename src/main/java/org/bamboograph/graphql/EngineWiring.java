package org.bamboograph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Hands graphql-java one lean instrumentation, {@link OperationLimits}, in place of SmallRye's chain of three (depth
 * limit, complexity limit, and the hook by which SmallRye's document cache learns which documents validated). The
 * limits stay those of {@code quarkus.smallrye-graphql.instrumentation-query-depth} and {@code -complexity}.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class EngineWiring implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = Config.get();
        // SmallRye's document cache is both the document provider and, for its validation hook, an instrumentation.
        Instrumentation documentCache = builder.build().getPreparsedDocumentProvider() instanceof Instrumentation hook
                ? hook
                : null;
        return builder.instrumentation(new OperationLimits(config.getQueryDepthInstrumentation().orElse(null),
                config.getQueryComplexityInstrumentation().orElse(null), documentCache));
    }
}
