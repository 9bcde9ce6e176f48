package org.bamboograph.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.StatusRoute;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the subscription WebSockets one remote address holds open: past {@code bamboo.live.max-connections-per-address}
 * the handshake is answered 429 with RATE_LIMITED, before SmallRye's handler upgrades it. A socket counts from its
 * handshake until its connection closes.
 */
@ApplicationScoped
public class ConnectionLimits {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "bamboo.live.max-connections-per-address", defaultValue = "50")
    int maxPerAddress;

    @ConfigProperty(name = "bamboo.limits.retry-after", defaultValue = "1")
    int retryAfter;

    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(path).order(-150).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        if (!StatusRoute.isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        String address = ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().hostAddress();
        int count = open.merge(address, 1, Integer::sum);
        if (count > maxPerAddress) {
            release(address);
            ctx.response().setStatusCode(429).putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Retry-After", String.valueOf(retryAfter)).putHeader("Cache-Control", "no-store")
                    .end(Json.encode(Map.of("errors", List.of(Map.of("message", "This address holds "
                            + maxPerAddress + " subscription connections already, as many as this server allows: "
                            + "close one, or subscribe to several operations over one connection.",
                            "extensions", Map.of("code", ErrorCode.RATE_LIMITED, "limit", maxPerAddress))))));
            return;
        }
        ctx.request().connection().closeHandler(closed -> release(address));
        ctx.next();
    }

    private void release(String address) {
        open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Connections open from {@code address}, for tests. */
    int openFrom(String address) {
        return open.getOrDefault(address, 0);
    }
}
