package org.bamboograph.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;

class TouchedLoadersTest {

    private final AtomicInteger batches = new AtomicInteger();

    private DataLoader<Integer, String> loader() {
        BatchLoader<Integer, String> batch = keys -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(keys.stream().map(k -> "v" + k).toList());
        };
        return DataLoaderFactory.newDataLoader(batch);
    }

    private ExecutionInput input(DataLoaderRegistry registry) {
        return ExecutionInput.newExecutionInput("{ __typename }").dataLoaderRegistry(registry).build();
    }

    @Test
    void onlyTheLoadersAskedForAreDispatched() {
        DataLoaderRegistry registered = new DataLoaderRegistry();
        registered.register("Visit_guest", loader());
        registered.register("Visit_hostState", loader());
        registered.register("Leader_offices", loader());
        DataLoaderRegistry wrapped = TouchedLoaders.of(input(registered)).getDataLoaderRegistry();

        assertEquals(List.of(), wrapped.getDataLoaders(), "nothing asked for yet, nothing to dispatch");
        assertEquals(registered.getKeys(), wrapped.getKeys(), "every loader can still be asked for");

        DataLoader<Integer, String> guest = wrapped.getDataLoader("Visit_guest");
        CompletableFuture<String> one = guest.load(1);
        CompletableFuture<String> two = guest.load(2);
        assertEquals(1, wrapped.getDataLoaders().size());
        assertEquals(2, wrapped.dispatchDepth());

        wrapped.dispatchAll();
        assertTrue(one.isDone() && two.isDone());
        assertEquals("v2", two.join());
        assertEquals(1, batches.get(), "both keys in one batch");
        assertEquals(0, wrapped.dispatchAllWithCount(), "nothing left to dispatch");
    }

    @Test
    void anInputWithoutLoadersIsLeftAsItIs() {
        ExecutionInput none = input(new DataLoaderRegistry());
        assertSame(none, TouchedLoaders.of(none));
        ExecutionInput once = TouchedLoaders.of(input(registryOfOne()));
        assertSame(once, TouchedLoaders.of(once), "wrapped once only");
    }

    private DataLoaderRegistry registryOfOne() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register("Visit_guest", loader());
        return registry;
    }
}
