package org.bamboograph.live;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import io.smallrye.mutiny.subscription.Cancellable;

/** A subscriber as a client is one: the Quarkus GraphQL client over graphql-transport-ws, keeping what arrives. */
final class Listener implements AutoCloseable {

    final BlockingQueue<Response> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
    private final DynamicGraphQLClient client;
    private final Cancellable subscription;

    Listener(String url, String token, String document) {
        VertxDynamicGraphQLClientBuilder builder = new VertxDynamicGraphQLClientBuilder().url(url)
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client = builder.build();
        subscription = client.subscription(document).subscribe().with(received::add, failures::add);
    }

    /** The next message, waiting up to 20 s for it. */
    Response next() throws InterruptedException {
        Response response = received.poll(20, TimeUnit.SECONDS);
        assertNotNull(response, "nothing arrived; failures: " + failures);
        return response;
    }

    /** The next message, or null if none comes within {@code millis}. */
    Response nextWithin(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
        subscription.cancel();
        client.close();
    }
}
