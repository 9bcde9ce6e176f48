package org.bamboograph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A WebSocket handshake on /graphql reaches SmallRye's WebSocket handler: the checks in front of it let it pass. */
@QuarkusTest
class WebSocketUpgradeTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void aGraphQLTransportWsSessionIsAcknowledged() throws Exception {
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(ws, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        first.complete(data.toString());
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        assertEquals("graphql-transport-ws", socket.getSubprotocol());
        socket.sendText("{\"type\": \"connection_init\"}", true).get(10, TimeUnit.SECONDS);
        String answer = first.get(10, TimeUnit.SECONDS);
        assertTrue(answer.contains("connection_ack"), answer);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }
}
