package org.bamboograph.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;

/**
 * A request's DataLoaders as SmallRye registers them (one per batch-loaded field of the schema), of which only those
 * a fetcher has asked for are dispatched. graphql-java dispatches the whole registry at the end of every level, and
 * an idle loader still takes its lock and builds an empty result each time: with every batch field of the schema in
 * the registry that was a third of the CPU of a request that fetches nothing at all. A loader nobody asked for holds
 * no key, so leaving it out of a dispatch changes no answer.
 */
public final class TouchedLoaders extends DataLoaderRegistry {

    private final Map<String, DataLoader<?, ?>> touched = new ConcurrentHashMap<>();

    private TouchedLoaders(DataLoaderRegistry registered) {
        super(registered.getDataLoadersMap(), registered.getInstrumentation());
    }

    /** The input with its registry wrapped; an input without loaders is handed back as it is. */
    public static ExecutionInput of(ExecutionInput input) {
        DataLoaderRegistry registry = input.getDataLoaderRegistry();
        if (registry == null || registry instanceof TouchedLoaders || registry.getKeys().isEmpty()) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new TouchedLoaders(registry)));
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> loader = super.getDataLoader(key);
        if (loader != null) {
            touched.putIfAbsent(key, loader);
        }
        return loader;
    }

    /** The loaders asked for so far: what every dispatch, its count and its depth go over. */
    @Override
    public List<DataLoader<?, ?>> getDataLoaders() {
        return new ArrayList<>(touched.values());
    }
}
