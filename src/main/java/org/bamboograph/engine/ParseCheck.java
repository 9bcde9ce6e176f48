package org.bamboograph.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.ResponseStatus;
import org.bamboograph.http.StatusRoute;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a GraphQL request's syntax before SmallRye sees it (invalid tokens are dropped before this, by
 * {@link org.bamboograph.security.BearerTokens}). SmallRye answers a syntax error with a bare "Unparseable input
 * document" and no code, and a request without a query with no code either; this route answers those itself, with
 * the parser's message, its location and a code, and passes every well-formed request on untouched.
 */
@ApplicationScoped
public class ParseCheck {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens", defaultValue = "200000")
    int maxWhitespaceTokens;

    private ParserOptions parserOptions;

    /**
     * Documents that parsed before. Clients send the same few documents again and again (with new variables), and
     * parsing is a tenth of a small query's CPU, so each is parsed here once; a long document, whose parse holds the
     * event loop for milliseconds, is remembered by its SHA-256 digest. Bounded: the set starts over when it holds
     * {@link #REMEMBERED_COUNT}.
     */
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();
    private static final int REMEMBERED_COUNT = 1000;
    private static final int REMEMBERED_LENGTH = 8192;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        // The same token limits SmallRye parses with, so that a query too large is answered here with its own code.
        parserOptions = ParserOptions.getDefaultParserOptions().transform(o -> o.maxTokens(maxTokens)
                .maxWhitespaceTokens(maxWhitespaceTokens));
        BodyHandler body = BodyHandler.create().setBodyLimit(maxBody.asLongValue());
        // A WebSocket handshake must reach SmallRye's WebSocket handler unread: a read request cannot be upgraded.
        router.route(path).order(-100).handler(ctx -> {
            if (StatusRoute.isWebSocketUpgrade(ctx)) {
                ctx.next();
            } else {
                body.handle(ctx);
            }
        }).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (StatusRoute.isWebSocketUpgrade(ctx)) {
            ctx.next(); // a subscription's handshake: SmallRye's WebSocket handler takes it
            return;
        }
        String query;
        if (ctx.request().method() == HttpMethod.GET) {
            query = ctx.request().getParam("query");
        } else if (ctx.request().method() == HttpMethod.POST) {
            String contentType = String.valueOf(ctx.request().getHeader("Content-Type"));
            if (contentType.startsWith("application/graphql")) {
                query = ctx.body().asString();
            } else {
                JsonObject body;
                try {
                    body = ctx.body().asJsonObject();
                } catch (DecodeException | ClassCastException e) {
                    reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request body is not a JSON object: send "
                            + "{\"query\": \"…\", \"variables\": {…}} with Content-Type application/json.", null);
                    return;
                }
                Object value = body == null ? null : body.getValue("query");
                query = value instanceof String s ? s : null;
                if (value != null && query == null) {
                    reject(ctx, 400, ErrorCode.BAD_REQUEST, "'query' must be a string holding the GraphQL document.", null);
                    return;
                }
                String wrong = body == null ? null : wronglyTyped(body);
                if (wrong != null) {
                    reject(ctx, 400, ErrorCode.BAD_REQUEST, wrong, null);
                    return;
                }
            }
        } else {
            ctx.next();
            return;
        }
        if (query == null || query.isBlank()) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request has no GraphQL query: put the document in 'query'.", null);
            return;
        }
        String key = rememberedAs(query);
        if (parsed.contains(key)) {
            ctx.next();
            return;
        }
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
            reject(ctx, 200, ErrorCode.QUERY_TOO_LARGE, "The query is larger than this server parses (at most "
                    + maxTokens + " tokens): split it into smaller requests. " + e.getMessage(), null);
            return;
        } catch (InvalidSyntaxException e) {
            reject(ctx, 200, ErrorCode.GRAPHQL_PARSE_FAILED, "Syntax error: " + e.getMessage(), e.getLocation());
            return;
        }
        if (parsed.size() >= REMEMBERED_COUNT) {
            parsed.clear();
        }
        parsed.add(key);
        ctx.next();
    }

    /** What is wrong with the types of the request's other members, or null: each may be left out or null. */
    private static String wronglyTyped(JsonObject body) {
        Object operationName = body.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "'operationName' must be a string naming an operation of the document.";
        }
        for (String member : List.of("variables", "extensions")) {
            Object value = body.getValue(member);
            if (value != null && !(value instanceof JsonObject)) {
                return "'" + member + "' must be a JSON object (a map of names to values), not " + jsonType(value) + ".";
            }
        }
        return null;
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "an array";
    }

    private static String rememberedAs(String query) {
        if (query.length() <= REMEMBERED_LENGTH) {
            return query;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha-256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static void reject(RoutingContext ctx, int status, String code, String message, SourceLocation at) {
        if (status == 200) {
            ResponseStatus.requestError(); // 400 where the client takes application/graphql-response+json
        }
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("message", message);
        if (at != null) {
            error.put("locations", List.of(Map.of("line", at.getLine(), "column", at.getColumn())));
        }
        error.put("extensions", Map.of("code", code));
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
