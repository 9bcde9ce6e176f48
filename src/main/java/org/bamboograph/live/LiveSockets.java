package org.bamboograph.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bamboograph.http.StatusRoute;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Upgrades subscription WebSockets on {@code /graphql} itself, ahead of SmallRye's route, to run SmallRye's
 * graphql-transport-ws handler under the limits that handler lacks: a connection that sends no
 * {@code connection_init} within {@code bamboo.live.init-timeout} is closed with 4408, as the protocol says; one
 * connection runs at most {@code bamboo.live.max-subscriptions-per-connection} operations ({@link LimitedProtocol});
 * a client that stops reading gets at most {@code bamboo.live.write-buffer} held for it ({@link BoundedSession}); and
 * a server stop closes every connection with 1001, "going away", so clients reconnect elsewhere and subscribe again,
 * rather than hearing their subscriptions complete.
 */
@ApplicationScoped
public class LiveSockets {

    private static final Logger LOG = Logger.getLogger(LiveSockets.class);
    static final short INIT_TIMEOUT = 4408;
    static final short GOING_AWAY = 1001;
    private static final short SUBPROTOCOL_NOT_ACCEPTABLE = 4406;
    private static final String TRANSPORT_WS = "graphql-transport-ws";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
    Optional<Boolean> nonBlocking;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    Optional<String> initPayloadAuthorization;

    /** How long a new connection may wait before its {@code connection_init}. */
    @ConfigProperty(name = "bamboo.live.init-timeout", defaultValue = "10s")
    Duration initTimeout;

    /** Operations (subscriptions, and queries sent over the socket) one connection runs at once. */
    @ConfigProperty(name = "bamboo.live.max-subscriptions-per-connection", defaultValue = "100")
    int maxOperations;

    /** What may wait for a client that reads slower than changes come, beyond the socket's own write queue. */
    @ConfigProperty(name = "bamboo.live.write-buffer", defaultValue = "64K")
    MemorySize writeBuffer;

    @Inject
    Vertx vertx;

    @Inject
    CurrentVertxRequest currentRequest;

    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();
    private final Map<ServerWebSocket, BoundedSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger slowClosed = new AtomicInteger();
    private final LongAccumulator peak = new LongAccumulator(Math::max, 0);
    private Upgrade upgrade;

    void install(@Observes Router router) {
        InstanceHandle<CurrentIdentityAssociation> identity = Arc.container().instance(CurrentIdentityAssociation.class);
        // The same blocking choice Quarkus makes for its own GraphQL routes.
        boolean runBlocking = nonBlocking.isPresent() && !nonBlocking.get();
        upgrade = new Upgrade(identity.isAvailable() ? identity.get() : null, currentRequest, runBlocking);
        // After the connection cap (-150); before SmallRye's WebSocket route (-99), and the token and syntax checks
        // (-101, -100), which pass handshakes on untouched.
        router.route(rootPath.startsWith("/") ? rootPath : "/" + rootPath).order(-102).handler(ctx -> {
            if (StatusRoute.isWebSocketUpgrade(ctx)) {
                upgrade.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /**
     * Told first on a stop (quarkus.shutdown.delay-enabled), while the HTTP server still runs: by ShutdownEvent,
     * Vert.x has closed every socket with a plain 1000, after which clients would not know to come back.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        closeAll();
    }

    /** Where the early notice does not come: still before the change feeds complete their subscribers. */
    void stop(@Observes @Priority(100) ShutdownEvent event) {
        closeAll();
    }

    private void closeAll() {
        List<Future<Void>> closing = new ArrayList<>();
        for (ServerWebSocket socket : open) {
            if (!socket.isClosed()) {
                closing.add(socket.close(GOING_AWAY, "Server shutting down"));
            }
        }
        if (closing.isEmpty()) {
            return;
        }
        try {
            Future.join(closing).toCompletionStage().toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debugf("Not every subscription connection closed in time on shutdown: %s", e.getMessage());
        }
    }

    private void accept(RoutingContext ctx, Map<String, Object> metadata, ServerWebSocket socket) {
        if (!TRANSPORT_WS.equals(socket.subProtocol())) {
            socket.close(SUBPROTOCOL_NOT_ACCEPTABLE, "Subprotocol not acceptable");
            return;
        }
        int bound = (int) Math.min(Integer.MAX_VALUE, Math.max(1, writeBuffer.asLongValue()));
        socket.setWriteQueueMaxSize(bound);
        BoundedSession session = new BoundedSession(socket, bound, slowClosed::incrementAndGet);
        LimitedProtocol protocol = new LimitedProtocol(session, metadata, ctx, upgrade, initPayloadAuthorization,
                maxOperations);
        open.add(socket);
        sessions.put(socket, session);
        long timer = vertx.setTimer(Math.max(1, initTimeout.toMillis()), fired -> {
            if (!protocol.initialised() && !socket.isClosed()) {
                session.close(INIT_TIMEOUT, "Connection initialisation timeout");
            }
        });
        socket.closeHandler(closed -> {
            vertx.cancelTimer(timer);
            open.remove(socket);
            peak.accumulate(session.peakBuffered());
            sessions.remove(socket);
            protocol.onClose();
        });
        socket.endHandler(ended -> protocol.onEnd());
        socket.exceptionHandler(protocol::onThrowable);
        socket.textMessageHandler(protocol::onMessage);
    }

    /** Subscription connections open now, for tests and health. */
    int openConnections() {
        return open.size();
    }

    /** The most any connection has held waiting for its client, in characters; for tests. */
    long peakBuffered() {
        return Math.max(peak.get(), sessions.values().stream().mapToLong(BoundedSession::peakBuffered).max().orElse(0));
    }

    /** Connections closed so far for reading too slowly; for tests. */
    int slowClosed() {
        return slowClosed.get();
    }

    /** Quarkus' request plumbing (the caller's identity, the request context) around the upgrade. */
    private final class Upgrade extends SmallRyeGraphQLAbstractHandler {

        Upgrade(CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest, boolean runBlocking) {
            super(identity, currentRequest, runBlocking);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            if (ctx.request().isEnded()) {
                ctx.next();
                return;
            }
            Map<String, Object> metadata = getMetaData(ctx);
            ctx.request().toWebSocket(upgraded -> {
                if (upgraded.succeeded()) {
                    accept(ctx, metadata, upgraded.result());
                } else {
                    LOG.debugf("A WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                }
            });
        }
    }
}
