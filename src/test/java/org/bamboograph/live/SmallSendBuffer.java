package org.bamboograph.live;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Shrinks the server's socket send buffer when a test profile sets {@code bamboo.test.send-buffer}, so that a client
 * that stops reading fills it (and the write queue behind it) within a few dozen messages, not megabytes.
 */
@ApplicationScoped
public class SmallSendBuffer implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        Optional<Integer> size = ConfigProvider.getConfig().getOptionalValue("bamboo.test.send-buffer", Integer.class);
        size.ifPresent(options::setSendBufferSize);
    }
}
