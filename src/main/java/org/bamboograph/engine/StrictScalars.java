package org.bamboograph.engine;

import static graphql.util.TreeTransformerUtil.changeNode;

import java.util.Map;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts {@link StrictCoercing} on the built-in scalars of the schema SmallRye built, so that a value the GraphQL
 * specification does not allow (an Int beyond 32 bits, a fraction, a string for a number) is refused before any
 * resolver runs: BAD_USER_INPUT in a variable, GRAPHQL_VALIDATION_FAILED in the query. Output stays SmallRye's.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class StrictScalars implements EventingService {

    /**
     * SmallRye's own scalars. String and Boolean are graphql-java's, shared with the introspection types (a schema may
     * not hold two of one name), and already strict; {@link ErrorMessages} puts their messages in JSON's words.
     */
    private static final Map<String, StrictCoercing.Kind> STRICT = Map.of("Int", StrictCoercing.Kind.INT,
            "ID", StrictCoercing.Kind.ID);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(strict(builder.build()));
    }

    static GraphQLSchema strict(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                StrictCoercing.Kind kind = STRICT.get(scalar.getName());
                if (kind == null || scalar.getCoercing() instanceof StrictCoercing) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, scalar.transform(b -> b.coercing(new StrictCoercing(kind, scalar.getCoercing()))));
            }
        });
    }
}
