package org.bamboograph.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bamboograph.http.StatusRoute;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads stay open whatever token comes with them, and a write with a bad token must get a coded GraphQL error, not
 * the bare 401 the security layer would answer. So a token that does not verify (expired, malformed, signed by
 * another key) is taken off a GraphQL request before anything else reads it: the request goes on as anonymous, and a
 * write is then refused with UNAUTHENTICATED.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @Inject
    JWTParser tokens;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        // Before the syntax check (order -100) and the GET route (-98), which both pass requests on to SmallRye.
        router.route(path).order(-101).handler(ctx -> {
            if (!StatusRoute.isWebSocketUpgrade(ctx)) {
                dropInvalid(ctx);
            }
            ctx.next();
        });
    }

    private void dropInvalid(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        try {
            if (token == null || token.isEmpty()) {
                throw new ParseException("not a bearer token");
            }
            tokens.parse(token);
        } catch (ParseException e) {
            LOG.debugf("Ignoring an invalid token: %s", e.getMessage());
            ctx.request().headers().remove(HttpHeaders.AUTHORIZATION);
        }
    }
}
