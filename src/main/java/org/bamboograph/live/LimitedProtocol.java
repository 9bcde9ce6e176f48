package org.bamboograph.live;

import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.bamboograph.error.ErrorCode;
import org.jboss.logging.Logger;

import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.vertx.ext.web.RoutingContext;

/**
 * SmallRye's graphql-transport-ws handler (with Quarkus' authentication of the connection), holding one connection to
 * at most {@code maxOperations} operations at once. A {@code subscribe} past that is answered with the protocol's
 * {@code error} message for its id, coded {@link ErrorCode#TOO_MANY_SUBSCRIPTIONS}: the connection and the operations
 * it already runs go on, so a client can complete one and try again.
 */
final class LimitedProtocol extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

    private static final Logger LOG = Logger.getLogger(LimitedProtocol.class);

    private final BoundedSession session;
    private final int maxOperations;

    LimitedProtocol(BoundedSession session, Map<String, Object> metadata, RoutingContext ctx,
            SmallRyeGraphQLAbstractHandler handler, Optional<String> initPayloadAuthorization, int maxOperations) {
        super(session, metadata, ctx, handler, initPayloadAuthorization);
        this.session = session;
        this.maxOperations = maxOperations;
    }

    @Override
    protected void onMessage(JsonObject message) {
        if ("subscribe".equals(message.getString("type", null)) && connectionInitialized.get()
                && message.get("id") instanceof jakarta.json.JsonString id
                && !activeOperations.containsKey(id.getString()) && activeOperations.size() >= maxOperations) {
            refuse(id.getString());
            return;
        }
        super.onMessage(message);
    }

    /** Whether the client has sent {@code connection_init} (and been acknowledged, or is being authenticated). */
    boolean initialised() {
        return connectionInitialized.get();
    }

    private void refuse(String id) {
        JsonObject error = Json.createObjectBuilder()
                .add("message", "This connection runs " + maxOperations + " operations already, as many as this "
                        + "server allows on one connection: complete one first, or open another connection.")
                .add("extensions", Json.createObjectBuilder().add("code", ErrorCode.TOO_MANY_SUBSCRIPTIONS)
                        .add("limit", maxOperations))
                .build();
        String answer = Json.createObjectBuilder().add("id", id).add("type", "error")
                .add("payload", Json.createArrayBuilder().add(error)).build().toString();
        LOG.debugf("Refused operation %s on %s: %d operations already", id, session, maxOperations);
        session.sendMessage(answer);
    }
}
