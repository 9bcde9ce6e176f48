package org.bamboograph.limit;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Times each query and mutation field as SmallRye's metrics do ({@code mp_graphql_seconds{name, type, source}}). SmallRye
 * times a resolver only when it hops to a worker thread for it; with GraphQL run on a worker from the start
 * ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}) it calls resolvers directly and times none, so the
 * operations are timed here instead.
 */
final class OperationTimings {

    private final MeterRegistry registry;

    private OperationTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Null where SmallRye times the operations itself, or where there are no metrics. */
    static OperationTimings ifNeeded(boolean graphqlRunsBlocking) {
        if (!graphqlRunsBlocking || Arc.container() == null) {
            return null;
        }
        InstanceHandle<MeterRegistry> registry = Arc.container().instance(MeterRegistry.class);
        return registry.isAvailable() ? new OperationTimings(registry.get()) : null;
    }

    /** The fetcher of a root field, timed; any other unchanged. */
    DataFetcher<?> timed(DataFetcher<?> fetcher, ExecutionStepInfo step) {
        if (step.getParent() == null || step.getParent().getParent() != null
                || !(step.getParent().getType() instanceof GraphQLObjectType root) || step.getFieldDefinition()
                        .getName().startsWith("__")) {
            return fetcher;
        }
        String type = root.getName().equals("Mutation") ? "MUTATION" : "QUERY";
        Timer timer = registry.timer("mp_graphql", Tags.of("name", step.getFieldDefinition().getName(), "type", type,
                "source", "false"));
        return env -> {
            Timer.Sample sample = Timer.start(registry);
            try {
                return fetcher.get(env);
            } finally {
                sample.stop(timer);
            }
        };
    }
}
