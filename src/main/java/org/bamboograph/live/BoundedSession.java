package org.bamboograph.live;

import java.util.ArrayDeque;
import java.util.Deque;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.ServerWebSocket;

/**
 * One subscription WebSocket as SmallRye's protocol handler writes to it. SmallRye asks for the next change as soon as
 * it has written one, whether or not the client reads: here, once the socket's own write queue is full, messages wait
 * in a buffer of at most {@code maxBuffered} characters, sent as the queue drains; a client that lets that fill too is
 * closed with {@link #SLOW_CONSUMER}, and what comes for it afterwards is dropped. It catches up from the change log.
 */
final class BoundedSession implements GraphQLWebSocketSession {

    /** WebSocket close code 1013, "Try Again Later": clients of graphql-ws reconnect on it. */
    static final short SLOW_CONSUMER = 1013;
    static final String SLOW_CONSUMER_REASON = "Too slow: reconnect and catch up with recordChanges";

    private final ServerWebSocket socket;
    private final long maxBuffered;
    private final Deque<String> waiting = new ArrayDeque<>();
    private long buffered;
    private long peak;
    private final Runnable onSlowClose;
    private volatile boolean closing;

    BoundedSession(ServerWebSocket socket, long maxBuffered, Runnable onSlowClose) {
        this.socket = socket;
        this.maxBuffered = maxBuffered;
        this.onSlowClose = onSlowClose;
        socket.drainHandler(drained -> flush());
    }

    @Override
    public synchronized void sendMessage(String message) {
        if (closing) {
            return;
        }
        if (waiting.isEmpty() && !socket.writeQueueFull()) {
            socket.writeTextMessage(message);
            return;
        }
        if (buffered + message.length() > maxBuffered) {
            waiting.clear();
            buffered = 0;
            close(SLOW_CONSUMER, SLOW_CONSUMER_REASON);
            onSlowClose.run();
            return;
        }
        waiting.add(message);
        buffered += message.length();
        peak = Math.max(peak, buffered);
    }

    private synchronized void flush() {
        while (!closing && !waiting.isEmpty() && !socket.writeQueueFull()) {
            String message = waiting.poll();
            buffered -= message.length();
            socket.writeTextMessage(message);
        }
    }

    @Override
    public void close(short statusCode, String reason) {
        closing = true;
        if (!socket.isClosed()) {
            socket.close(statusCode, reason);
        }
    }

    @Override
    public boolean isClosed() {
        return closing || socket.isClosed();
    }

    /** The most characters this session ever held waiting: never more than its bound. */
    synchronized long peakBuffered() {
        return peak;
    }

    @Override
    public String toString() {
        return "WebSocket from " + socket.remoteAddress();
    }
}
