package org.bamboograph.http;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Lets a GET request line carry as much GraphQL as a POST body may ({@code quarkus.http.limits.max-body-size}),
 * URL-encoded: Vert.x's default cap of 4,096 bytes would cut GET queries far shorter than POST ones. Three bytes per
 * byte covers percent-encoding of every byte, plus room for the path and the parameter names.
 */
@ApplicationScoped
public class HttpLimits implements HttpServerOptionsCustomizer {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raise(options);
    }

    /** Never lowers what {@code quarkus.http.limits.max-initial-line-length} set. */
    private void raise(HttpServerOptions options) {
        long limit = Math.min(Integer.MAX_VALUE, 3 * maxBody.asLongValue() + 4096);
        options.setMaxInitialLineLength((int) Math.max(options.getMaxInitialLineLength(), limit));
    }
}
