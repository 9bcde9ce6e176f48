package org.bamboograph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP status and headers a GraphQL request is to be answered with, where SmallRye would answer 200.
 *
 * <p>SmallRye's Vert.x writer sets 200 on every answer it writes, and code that runs for a request (graphql-java
 * instrumentation, an {@code EventingService}, a resolver on a worker thread) has no handle on the HTTP response. Such
 * code calls {@link #set}; {@link StatusRoute}, in front of the GraphQL route, applies what was set when the response
 * headers are written. The state lives on the request's Vert.x duplicated context (which blocking work and SmallRye's
 * execution inherit) and on its routing context (reached through the CDI request context), so either thread finds it.
 */
public final class ResponseStatus {

    private static final Logger LOG = Logger.getLogger(ResponseStatus.class);
    static final String KEY = ResponseStatus.class.getName();

    private volatile int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The client takes application/graphql-response+json, whose rules answer request errors with 400. */
    private final boolean strict;

    ResponseStatus(boolean strict) {
        this.strict = strict;
    }

    /**
     * Answers the current GraphQL request with this status and these headers (added to the answer's own), whatever
     * the GraphQL layer would answer. The last call wins. Outside a GraphQL request it does nothing.
     */
    public static void set(int status, Map<String, String> headers) {
        ResponseStatus current = current();
        if (current == null) {
            LOG.debugf("No GraphQL request to answer with status %d", status);
            return;
        }
        synchronized (current) {
            current.status = status;
            current.headers.putAll(headers);
        }
    }

    /**
     * The request could not be executed: its document does not parse or validate, or its variables do not coerce.
     * Under the GraphQL-over-HTTP rules for application/graphql-response+json that is a 400; for application/json the
     * legacy rules keep 200, so this sets nothing then.
     */
    public static void requestError() {
        ResponseStatus current = current();
        if (current != null && current.strict) {
            set(400, Map.of());
        }
    }

    /** Installs a fresh state on the request; {@link StatusRoute} calls it first thing. */
    static ResponseStatus attach(RoutingContext ctx, boolean strict) {
        ResponseStatus state = new ResponseStatus(strict);
        ctx.put(KEY, state);
        Context vertx = Vertx.currentContext();
        if (vertx != null && VertxContext.isDuplicatedContext(vertx)) {
            vertx.putLocal(KEY, state);
        }
        return state;
    }

    synchronized int status() {
        return status;
    }

    synchronized Map<String, String> headers() {
        return new LinkedHashMap<>(headers);
    }

    private static ResponseStatus current() {
        Context vertx = Vertx.currentContext();
        if (vertx != null && VertxContext.isDuplicatedContext(vertx)
                && vertx.getLocal(KEY) instanceof ResponseStatus state) {
            return state;
        }
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            RoutingContext ctx = container.instance(CurrentVertxRequest.class).get().getCurrent();
            if (ctx != null && ctx.get(KEY) instanceof ResponseStatus state) {
                return state;
            }
        }
        return null;
    }
}
