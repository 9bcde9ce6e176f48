package org.bamboograph.engine;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Hands SmallRye a {@link PropertyFetcher} for every plain property of this service's types (a field or getter with no
 * resolver method). Loaded by SmallRye through {@code META-INF/services}; fields of other types keep SmallRye's own
 * fetcher.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class PropertyFetchers implements DataFetcherService {

    private static final String OWN_TYPES = "org.bamboograph.";

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return owner.getClassName().startsWith(OWN_TYPES) ? new PropertyFetcher<>(field, owner) : null;
    }
}
