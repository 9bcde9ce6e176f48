package org.bamboograph.http;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.bamboograph.error.ErrorCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Queries over GET, the GraphQL-over-HTTP GET form, handed to SmallRye's execution service as POSTs are. Quarkus' own
 * GET handler takes the query text for the operation name and URL-decodes each parameter a second time, so it stays
 * off; this route answers GET itself. Answers are cacheable: {@code Cache-Control: public, max-age}, {@code Vary:
 * Accept} and a strong {@link EntityTag}, and {@code If-None-Match} with the current tag is answered 304 without
 * running the query. Mutations are refused with 405: a GET must not change anything.
 */
@ApplicationScoped
public class GetRoute {

    private static final Logger LOG = Logger.getLogger(GetRoute.class);
    private static final String INPUT = GetRoute.class.getName() + ".input";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    /** How long browsers and shared caches may reuse a GET answer without asking again. */
    @ConfigProperty(name = "bamboo.http.cache-max-age", defaultValue = "60")
    int maxAgeSeconds;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
    Optional<Boolean> nonBlocking;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "")
    String applicationVersion;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentVertxRequest currentRequest;

    private Execution execution;
    private boolean runBlocking;

    void install(@Observes Router router) {
        InstanceHandle<CurrentIdentityAssociation> identity = Arc.container().instance(CurrentIdentityAssociation.class);
        // The same blocking choice Quarkus makes for its own GraphQL route.
        runBlocking = nonBlocking.isPresent() && !nonBlocking.get();
        execution = new Execution(identity.isAvailable() ? identity.get() : null, currentRequest, runBlocking);
        // After ParseCheck (-100), which refuses a query that does not parse, before SmallRye's own route.
        router.get(GraphQLPath.of(rootPath)).order(-98).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (StatusRoute.isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        GetRequest request;
        JsonObject input;
        try {
            request = GetRequest.from(ctx, maxBody.asLongValue());
            input = request.toJson();
        } catch (GetRequest.Refused refused) {
            CodedAnswer.send(ctx, refused.status, ErrorCode.BAD_REQUEST, refused.getMessage());
            return;
        }
        if (request.selectsNonQuery()) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            CodedAnswer.send(ctx, 405, ErrorCode.BAD_REQUEST,
                    "Only queries may be sent with GET; send mutations and subscriptions with POST.");
            return;
        }
        String mediaType = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        // The version is read before the query runs: a write in between then gives the answer a tag that is already
        // old, never an old answer a new tag.
        ctx.vertx().executeBlocking(() -> DataVersion.current(dataSource), false).onComplete(version -> {
            if (version.failed()) {
                LOG.error("Could not read the data version", version.cause());
                CodedAnswer.send(ctx, 500, ErrorCode.INTERNAL_SERVER_ERROR,
                        "The server failed to answer this request; it has logged the cause.");
                return;
            }
            String tag = EntityTag.of(version.result(), request, mediaType, applicationVersion,
                    LocalDate.now(ZoneOffset.UTC));
            HttpServerResponse response = ctx.response();
            response.putHeader(HttpHeaders.VARY, "Accept")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                    .putHeader(HttpHeaders.ETAG, tag);
            if (EntityTag.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                response.setStatusCode(304).end();
                return;
            }
            ctx.put(INPUT, input);
            if (runBlocking) {
                // A blocking execution runs its resolvers on the thread it starts on: never the event loop.
                ctx.vertx().executeBlocking(() -> {
                    execution.handle(ctx);
                    return null;
                }, false);
            } else {
                execution.handle(ctx);
            }
        });
    }

    /**
     * Runs the request through SmallRye's execution service inside the CDI request context, with the caller's
     * identity, as Quarkus' own route does (its base class does that part).
     */
    private static final class Execution extends SmallRyeGraphQLAbstractHandler {

        Execution(CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest, boolean runBlocking) {
            super(identity, currentRequest, runBlocking);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            getExecutionService().executeAsync(ctx.get(INPUT), getMetaData(ctx), new Writer(ctx));
        }
    }

    private record Writer(RoutingContext ctx) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse answer) {
            HttpServerResponse response = ctx.response();
            if (!answer.getExecutionResult().getErrors().isEmpty()) {
                // An answer with errors may be about this moment (a failure, a limit): nobody keeps it.
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.headers().remove(HttpHeaders.ETAG);
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON + "; charset=utf-8")
                    .setStatusCode(200)
                    .end(Buffer.buffer(answer.getExecutionResultAsString(), "UTF-8"));
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }
}
