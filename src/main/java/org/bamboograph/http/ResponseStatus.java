package org.bamboograph.http;

import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets code that runs for a GraphQL request choose the HTTP status and extra headers of its response: GraphQL errors
 * travel with HTTP 200, but some refusals (too many heavy requests at once) mean something to HTTP clients and proxies.
 * The status is applied just before the response's headers are written.
 */
public final class ResponseStatus {

    private ResponseStatus() {
    }

    /** Sets the status and headers of the current request's response; does nothing outside an HTTP request. */
    public static void set(int status, Map<String, String> headers) {
        if (Arc.container() == null) {
            return;
        }
        InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class);
        RoutingContext ctx = current.isAvailable() && Arc.container().requestContext().isActive()
                ? current.get().getCurrent() : null;
        if (ctx == null) {
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            ctx.response().setStatusCode(status);
            headers.forEach((name, value) -> ctx.response().headers().set(name, value));
        });
    }
}
