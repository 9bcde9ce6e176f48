package org.bamboograph.live;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client that may misbehave: it sends what the test says, when it says, and can stop reading.
 * It keeps the messages that arrive and how the connection was closed.
 */
final class RawSocket implements AutoCloseable {

    /** Close code and reason, as the server sent them; null code when the connection dropped without a close frame. */
    record Closed(Short code, String reason) {
    }

    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    final AtomicLong receivedChars = new AtomicLong();
    private final WebSocketClient client;
    private final WebSocket socket;

    /** Connects to {@code url} (http or ws) with graphql-transport-ws; {@code receiveBuffer} > 0 shrinks SO_RCVBUF. */
    RawSocket(Vertx vertx, String url, int receiveBuffer) throws Exception {
        WebSocketClientOptions options = new WebSocketClientOptions();
        if (receiveBuffer > 0) {
            options.setReceiveBufferSize(receiveBuffer);
        }
        client = vertx.createWebSocketClient(options);
        WebSocketConnectOptions connect = new WebSocketConnectOptions()
                .setAbsoluteURI(url.replaceFirst("^http", "ws")).setSubProtocols(List.of("graphql-transport-ws"));
        socket = client.connect(connect).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            receivedChars.addAndGet(text.length());
            received.add(new JsonObject(text));
        });
        socket.closeHandler(done -> closed.complete(new Closed(socket.closeStatusCode(), socket.closeReason())));
    }

    RawSocket send(JsonObject message) {
        socket.writeTextMessage(message.encode());
        return this;
    }

    /** Sends connection_init and waits for connection_ack. */
    RawSocket init() throws InterruptedException {
        send(new JsonObject().put("type", "connection_init"));
        JsonObject ack = next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return this;
    }

    RawSocket subscribe(String id, String document) {
        return send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", document)));
    }

    /** The next message other than a ping, waiting up to 20 s. */
    JsonObject next() throws InterruptedException {
        JsonObject message = nextWithin(20_000);
        if (message == null) {
            throw new AssertionError("nothing arrived within 20 s");
        }
        return message;
    }

    /** The next message other than a ping, or null if none comes within {@code millis}. */
    JsonObject nextWithin(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            JsonObject message = received.poll(Math.max(0, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (message == null || !"ping".equals(message.getString("type"))) {
                return message;
            }
        }
    }

    /** Stops reading: what the server sends waits in its buffers, then in the kernel's, then nowhere. */
    void pause() {
        socket.pause();
    }

    void resume() {
        socket.resume();
    }

    Closed closedWithin(long millis) throws Exception {
        return closed.get(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
        client.close();
    }
}
