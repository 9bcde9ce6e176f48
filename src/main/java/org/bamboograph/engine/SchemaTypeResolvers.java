package org.bamboograph.engine;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes the type resolvers of unions and interfaces answer with the object types of the schema that runs. SmallRye's
 * resolvers answer with the types they were built with; once a transformation of the schema ({@link StrictScalars})
 * has made new copies of those types, graphql-java takes an answer that is not the schema's own type for a type no
 * fragment names: {@code __typename} was right, and every field under {@code ... on Visit} was left out.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class SchemaTypeResolvers implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLUnionType || type instanceof GraphQLInterfaceType) {
                    TypeResolver resolver = type instanceof GraphQLUnionType union ? code.getTypeResolver(union)
                            : code.getTypeResolver((GraphQLInterfaceType) type);
                    if (resolver != null) {
                        TypeResolver bySchema = env -> {
                            GraphQLObjectType answer = resolver.getType(env);
                            return answer == null ? null : env.getSchema().getObjectType(answer.getName());
                        };
                        if (type instanceof GraphQLUnionType union) {
                            code.typeResolver(union, bySchema);
                        } else {
                            code.typeResolver((GraphQLInterfaceType) type, bySchema);
                        }
                    }
                }
            }
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(registry);
    }
}
