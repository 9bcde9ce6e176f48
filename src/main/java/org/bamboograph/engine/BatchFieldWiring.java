package org.bamboograph.engine;

import org.jboss.logging.Logger;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.spi.EventingService;

/**
 * Swaps SmallRye's per-parent fetcher of every batch-loaded field without arguments for a {@link BatchFieldFetcher},
 * while SmallRye builds the schema. SmallRye names a field's DataLoader "{type}_{field}"; a name that did not match
 * would fail every request that asks for the field, which the API tests would show at once.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class BatchFieldWiring implements EventingService {

    private static final Logger LOG = Logger.getLogger(BatchFieldWiring.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        // The builder does not show its code registry, so build the schema once to read it, then hand back a copy.
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder rewired = GraphQLCodeRegistry.newCodeRegistry(registry);
        int swapped = 0;
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates at = FieldCoordinates.coordinates(object.getName(), field.getName());
                DataFetcher<?> fetcher = registry.getDataFetcher(at, field);
                if (fetcher instanceof BatchDataFetcher && field.getArguments().isEmpty()) {
                    rewired.dataFetcher(at, new BatchFieldFetcher<>(object.getName() + "_" + field.getName(),
                            field.getName()));
                    swapped++;
                }
            }
        }
        LOG.debugf("%d batch-loaded fields fetch through their DataLoader directly", swapped);
        return GraphQLSchema.newSchema(schema).codeRegistry(rewired.build());
    }
}
