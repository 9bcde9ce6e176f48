package org.bamboograph.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** A refusal outside GraphQL execution: an HTTP status with a GraphQL-shaped JSON body whose error carries a code. */
public final class CodedAnswer {

    private CodedAnswer() {
    }

    static void send(RoutingContext ctx, int status, String code, String message) {
        send(ctx, status, Map.of("code", code), message);
    }

    /** With extensions beside the code ({@code argument}, say), as GraphQL errors carry them. */
    public static void send(RoutingContext ctx, int status, Map<String, Object> extensions, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", MediaTypes.JSON + "; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
