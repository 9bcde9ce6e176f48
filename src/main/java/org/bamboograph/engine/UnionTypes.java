package org.bamboograph.engine;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes a union's member type the one of the schema that runs. SmallRye's resolver of a union member hands back the
 * object type it built, but {@link StrictScalars} rebuilds the types whose fields it makes strict, and graphql-java
 * matches a fragment ({@code ... on Event}) against the running schema's type by identity: with the stale type,
 * {@code __typename} said "Event" while the fragment's fields were left out.
 */
public class UnionTypes implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder rewired = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLUnionType union) {
                TypeResolver resolver = registry.getTypeResolver(union);
                rewired.typeResolver(union.getName(), env -> {
                    GraphQLObjectType member = resolver.getType(env);
                    return member == null ? null : env.getSchema().getObjectType(member.getName());
                });
            }
        }
        return GraphQLSchema.newSchema(schema).codeRegistry(rewired.build());
    }
}
