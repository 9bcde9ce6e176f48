package org.bamboograph.graphql;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Hands graphql-java one lean instrumentation, {@link OperationLimits}, in place of SmallRye's chain of three (depth
 * limit, complexity limit, document cache), and a document cache of its own, {@link DocumentCache}. The limits stay
 * those of {@code quarkus.smallrye-graphql.instrumentation-query-depth} and {@code -complexity}.
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
        return builder
                .instrumentation(new OperationLimits(config.getQueryDepthInstrumentation().orElse(null),
                        config.getQueryComplexityInstrumentation().orElse(null)))
                .preparsedDocumentProvider(new DocumentCache());
    }
}
