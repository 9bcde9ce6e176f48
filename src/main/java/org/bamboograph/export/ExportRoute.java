package org.bamboograph.export;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.CodedAnswer;
import org.bamboograph.http.DataVersion;
import org.bamboograph.http.EntityTag;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /export/<table>.csv}, {@code /export/<record>-citations.csv} and {@code /export/dyad-years.csv}. Every
 * parameter is checked before a byte is sent (a bad one is a 400 with the coded body GraphQL's errors have); answers
 * carry a strong ETag on the data version and are answered 304 when it still holds; a few exports run at once
 * ({@code bamboo.export.at-once}, others get 429), each within the time of one query ({@code bamboo.limits.timeout}).
 */
@ApplicationScoped
public class ExportRoute {

    private static final Logger LOG = Logger.getLogger(ExportRoute.class);
    private static final Set<String> DYAD_PARAMETERS = Set.of("state", "partners", "from", "to");

    @ConfigProperty(name = "bamboo.export.at-once", defaultValue = "2")
    int atOnce;

    /** How long one export may run: by default the time of one query. */
    @ConfigProperty(name = "bamboo.export.timeout")
    java.util.Optional<Duration> exportTimeout;

    @ConfigProperty(name = "bamboo.limits.timeout", defaultValue = "5s")
    Duration queryTimeout;

    private Duration timeout;

    @ConfigProperty(name = "bamboo.limits.retry-after", defaultValue = "1")
    int retryAfter;

    @ConfigProperty(name = "bamboo.http.cache-max-age", defaultValue = "60")
    int maxAgeSeconds;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "")
    String applicationVersion;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Exports exports;

    private Semaphore permits;

    void install(@Observes Router router) {
        permits = new Semaphore(Math.max(1, atOnce));
        timeout = exportTimeout.orElse(queryTimeout);
        router.get("/export/:file").handler(this::handle);
    }

    /** What one export writes, once its parameters have been checked. */
    private interface Body {
        void write(ResponseStream out) throws IOException;
    }

    private void handle(RoutingContext ctx) {
        String file = ctx.pathParam("file");
        Body body;
        ExportParameters parameters;
        try {
            if (file.equals("dyad-years.csv")) {
                parameters = new ExportParameters(ctx.queryParams(), DYAD_PARAMETERS);
                body = dyadYears(parameters);
            } else {
                ExportTable table = ExportTable.ALL.stream()
                        .filter(t -> file.equals(t.name() + ".csv") || file.equals(t.citationsName() + ".csv"))
                        .findFirst().orElse(null);
                if (table == null) {
                    CodedAnswer.send(ctx, 404, Map.of("code", ErrorCode.NOT_FOUND), "There is no export '" + file
                            + "'; the exports are " + names() + ".");
                    return;
                }
                parameters = new ExportParameters(ctx.queryParams(), table.parameters());
                QueryBuilder filter = table.filter().apply(parameters);
                long millis = timeout.toMillis();
                body = file.equals(table.name() + ".csv") ? out -> exports.records(table, filter, out, millis)
                        : out -> exports.citations(table, filter, out, millis);
            }
        } catch (CodedException refused) {
            CodedAnswer.send(ctx, 400, refused.extensions(), refused.getMessage());
            return;
        }
        if (!permits.tryAcquire()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter));
            CodedAnswer.send(ctx, 429, Map.of("code", ErrorCode.RATE_LIMITED), "The server is writing as many exports as "
                    + "it writes at once; retry after " + retryAfter + " s.");
            return;
        }
        ctx.vertx().executeBlocking(() -> {
            try {
                answer(ctx, file, parameters, body);
            } finally {
                permits.release();
            }
            return null;
        }, false);
    }

    private Body dyadYears(ExportParameters parameters) {
        String state = parameters.get("state");
        if (state == null) {
            throw new org.bamboograph.error.BadUserInputException("state", "'state' is required: the state whose "
                    + "partners the table lists, by code (state=VNM)");
        }
        DateArguments.parse(parameters.get("from"), parameters.get("to"));
        List<String> partners = parameters.list("partners");
        return out -> exports.dyadYears(state, partners, parameters.get("from"), parameters.get("to"), out);
    }

    private static String names() {
        List<String> names = new java.util.ArrayList<>();
        ExportTable.ALL.forEach(t -> {
            names.add(t.name() + ".csv");
            names.add(t.citationsName() + ".csv");
        });
        names.add("dyad-years.csv");
        return String.join(", ", names);
    }

    private void answer(RoutingContext ctx, String file, ExportParameters parameters, Body body) {
        HttpServerResponse response = ctx.response();
        String tag;
        try {
            tag = EntityTag.ofParts(Long.toString(DataVersion.current(dataSource)), file, parameters.canonical(),
                    applicationVersion, LocalDate.now(ZoneOffset.UTC).toString());
        } catch (Exception e) {
            LOG.error("Could not read the data version", e);
            CodedAnswer.send(ctx, 500, Map.of("code", ErrorCode.INTERNAL_SERVER_ERROR),
                    "The server failed to answer this request; it has logged the cause.");
            return;
        }
        response.putHeader(HttpHeaders.ETAG, tag)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        if (EntityTag.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8; header=present")
                .putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ResponseStream out = new ResponseStream(response, System.nanoTime() + timeout.toNanos());
        try {
            body.write(out);
            out.flush();
            response.end();
        } catch (Exception e) {
            if (!response.headWritten()) {
                response.headers().remove(HttpHeaders.ETAG).remove("Content-Disposition");
                response.setChunked(false);
                boolean late = e instanceof ResponseStream.ExportTimeout || out.expired();
                if (late) {
                    CodedAnswer.send(ctx, 503, Map.of("code", ErrorCode.TIMEOUT), "The export took longer than this "
                            + "server allows for one request and was stopped: narrow it with its filters.");
                } else if (e instanceof CodedException coded) {
                    CodedAnswer.send(ctx, 400, coded.extensions(), coded.getMessage());
                } else {
                    LOG.error("Export " + file + " failed", e);
                    CodedAnswer.send(ctx, 500, Map.of("code", ErrorCode.INTERNAL_SERVER_ERROR),
                            "The server failed to answer this request; it has logged the cause.");
                }
            } else {
                // Part of the table has gone out: cut the connection, so that no client takes it for the whole.
                LOG.warn("Export " + file + " cut short: " + e.getMessage());
                response.reset();
            }
        }
    }
}
