package org.bamboograph.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bamboograph.error.ErrorCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP side of the GraphQL route, in front of everything else on it: refuses what is not a GraphQL request
 * (a method other than GET and POST, a POST body that is neither JSON nor GraphQL, an {@code Accept} the service cannot
 * answer), picks the answer's media type, and applies what {@link ResponseStatus} was told when the headers are
 * written. SmallRye writes its own Content-Type and 200 on every answer; this is where they are corrected. WebSocket
 * upgrades go past untouched: subscriptions are not HTTP answers.
 */
@ApplicationScoped
public class StatusRoute {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    void install(@Observes Router router) {
        router.route(GraphQLPath.of(rootPath)).order(-200).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
            CodedAnswer.send(ctx, 405, ErrorCode.BAD_REQUEST,
                    "GraphQL is served here over GET (queries) and POST, not " + method.name() + ".");
            return;
        }
        String mediaType = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        if (mediaType == null) {
            CodedAnswer.send(ctx, 406, ErrorCode.BAD_REQUEST, "This service answers in "
                    + MediaTypes.GRAPHQL_RESPONSE_JSON + " or " + MediaTypes.JSON + "; the Accept header takes neither.");
            return;
        }
        if (method == HttpMethod.POST && !isGraphQLBody(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            CodedAnswer.send(ctx, 415, ErrorCode.BAD_REQUEST, "Send the request as Content-Type " + MediaTypes.JSON
                    + " ({\"query\": \"…\", \"variables\": {…}}) or application/graphql (the document alone).");
            return;
        }
        ResponseStatus state = ResponseStatus.attach(ctx, MediaTypes.GRAPHQL_RESPONSE_JSON.equals(mediaType));
        ctx.addHeadersEndHandler(done -> apply(ctx.response(), state, mediaType));
        ctx.next();
    }

    private static void apply(HttpServerResponse response, ResponseStatus state, String mediaType) {
        if (state.status() != 0) {
            response.setStatusCode(state.status());
            // SmallRye set "OK" with its 200; the phrase must follow the status.
            response.setStatusMessage(HttpResponseStatus.valueOf(state.status()).reasonPhrase());
        }
        state.headers().forEach(response::putHeader);
        String contentType = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        }
        int status = response.getStatusCode();
        // Only answers GetRoute tagged may be kept: a refusal or failure is about this request alone.
        boolean tagged = response.headers().contains(HttpHeaders.ETAG);
        if (status >= 300 && status != 304 || !tagged) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.headers().remove(HttpHeaders.ETAG);
        }
    }

    public static boolean isWebSocketUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return ctx.request().method() == HttpMethod.GET && upgrade != null && "websocket".equalsIgnoreCase(upgrade.strip());
    }

    /**
     * JSON or a bare document. A header sent twice reaches us joined by a comma ("application/json, application/json",
     * as Quarkus' own GraphiQL page sends it): taken when every part names the same accepted type.
     */
    static boolean isGraphQLBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String first = null;
        for (String part : contentType.split(",")) {
            String type = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!type.equals(MediaTypes.JSON) && !type.equals("application/graphql") || first != null && !first.equals(type)) {
                return false;
            }
            first = type;
        }
        return first != null;
    }
}
