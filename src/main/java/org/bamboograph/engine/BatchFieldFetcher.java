package org.bamboograph.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bamboograph.query.ReadAhead;
import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * Queues one parent of a batch-loaded field ({@code @Source List<T>}) on the field's DataLoader, which SmallRye calls
 * once per level with every queued parent. SmallRye's own fetcher does the same, but first, for every parent, rebuilds
 * the request {@code Context} (selected sub-fields as JSON, twice), fires events, starts a timer and wraps the answer
 * in a context-propagating Uni: on a page of 100 visits, hundreds of times per level. The loader still gets the
 * first parent's environment and builds the context from it once per batch, so the resolver sees what it saw before.
 * A parent whose answer was read already ({@link ReadAhead}) gets it at once, without the DataLoader. Wired in by
 * {@link BatchFieldWiring} for fields without arguments besides the parents.
 */
class BatchFieldFetcher<T> implements DataFetcher<CompletableFuture<T>> {

    private final String loaderName;
    private final String field;

    BatchFieldFetcher(String loaderName, String field) {
        this.loaderName = loaderName;
        this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<T> get(DataFetchingEnvironment dfe) {
        Object answer = ReadAhead.answer(dfe, field);
        if (answer != null) {
            return CompletableFuture.completedFuture((T) answer);
        }
        DataLoader<Object, T> loader = dfe.getDataLoader(loaderName);
        if (loader == null) {
            throw new IllegalStateException("No batch loader named " + loaderName);
        }
        return loader.load(dfe.getSource(), Map.of(BatchLoaderHelper.ARGUMENTS, List.of(),
                BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, dfe));
    }
}
