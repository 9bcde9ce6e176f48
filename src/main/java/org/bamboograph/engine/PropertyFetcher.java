package org.bamboograph.engine;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads a plain property (a public field or getter) of a loaded object. SmallRye's own fetcher for such a field first
 * rebuilds the request's {@code Context} for it, including the selected sub-fields written out as JSON, twice: on a
 * page of 100 visits that is a quarter of the CPU, spent on thousands of reads that never look at the context. This
 * one only reads the property and applies SmallRye's output transformation (formats, adapters), as SmallRye's does.
 * <p>
 * It is a {@link LightDataFetcher}: graphql-java then hands it the source row alone and builds the field's
 * {@code DataFetchingEnvironment} (its step info, arguments, selection set) only if asked. A property that SmallRye
 * would answer as it is (no format, adapter, list or scalar conversion: most of them) never asks, which spares each
 * of the thousands of such values on a large page the building of an environment it would not look at.
 */
class PropertyFetcher<T> implements PlugableDataFetcher<T>, LightDataFetcher<T> {

    private static final Logger LOG = Logger.getLogger(PropertyFetcher.class);

    private final Field field;
    private final Reference owner;
    private final FieldHelper transform;
    /** True where SmallRye's output transformation would hand the value back unchanged. */
    private final boolean plain;
    private volatile Accessor accessor;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.transform = new FieldHelper(field);
        this.plain = answeredAsItIs(field);
    }

    /**
     * Whether SmallRye's output transformation leaves this field's values alone: no format, no adapter, no wrapper
     * (a list or map, whose elements it walks) and no scalar it converts (a Java type other than the scalar's own).
     */
    static boolean answeredAsItIs(Field field) {
        Reference reference = field.getReference();
        boolean convertedScalar = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        return !field.hasWrapper() && !field.hasTransformation() && !field.isAdaptingTo() && !field.isAdaptingWith()
                && !reference.isAdaptingTo() && !reference.isAdaptingWith() && !convertedScalar;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        if (!plain) {
            return get(environment.get());
        }
        try {
            return (T) accessor().read(source);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment dfe) throws Exception {
        Object value = null;
        try {
            value = accessor().read(dfe.getSource());
            return (T) transform.transformOrAdaptResponse(value, dfe);
        } catch (AbstractDataFetcherException e) {
            // As SmallRye does: a value that cannot be transformed is answered as it is, and the failure logged.
            LOG.debugf(e, "Could not transform %s.%s", owner.getClassName(), field.getPropertyName());
            return (T) value;
        } finally {
            // SmallRye's fetcher leaves no context on the thread after a field; neither does this one.
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private Accessor accessor() {
        Accessor a = accessor;
        if (a == null) {
            a = accessor = accessorFor(field, owner);
        }
        return a;
    }

    private static Accessor accessorFor(Field field, Reference owner) {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() == null) {
                java.lang.reflect.Field javaField = type.getField(field.getPropertyName());
                return javaField::get;
            }
            java.lang.reflect.Method getter = type.getMethod(field.getMethodName());
            return source -> {
                try {
                    return getter.invoke(source);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new GraphQLException("No accessor for " + owner.getClassName() + "." + field.getPropertyName(), e);
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object source) throws Exception;
    }
}
