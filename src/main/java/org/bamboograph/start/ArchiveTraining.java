package org.bamboograph.start;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

/**
 * The training run behind the class-data archive that {@code ./mvnw package} writes (README, "Run it"). Quarkus' own
 * archive holds only the classes loaded up to its static init, so a start still read and verified about 6,000 classes
 * from the jars: Hibernate's boot, Flyway, H2, Vert.x and graphql-java's execution. With
 * {@code bamboo.start.training=true} the service, once it listens, asks itself the requests in
 * {@code start/training-requests.txt} over HTTP, as a client's first requests would, and then stops; the JVM that runs
 * it with {@code -XX:ArchiveClassesAtExit} writes every class the start and those requests loaded. A request that
 * fails ends the run with status 1, so a training that no longer matches the schema breaks the build instead of
 * leaving an archive of an error path.
 */
@ApplicationScoped
class ArchiveTraining {

    private static final Logger LOG = Logger.getLogger(ArchiveTraining.class);
    private static final String REQUESTS = "start/training-requests.txt";

    @ConfigProperty(name = "bamboo.start.training", defaultValue = "false")
    boolean enabled;

    @Inject
    ValueRegistry values;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // The HTTP server opens after the startup observers: the requests run on a thread of their own.
        Thread thread = new Thread(this::train, "archive-training");
        thread.setDaemon(true);
        thread.start();
    }

    private void train() {
        int status = 0;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + awaitPort());
            for (TrainingRequest request : requests()) {
                HttpResponse<String> response = client.send(request.toHttp(base), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    LOG.errorf("Training request %s answered %d: %s", request, response.statusCode(), response.body());
                    status = 1;
                }
            }
            LOG.infof("Training requests done%s", status == 0 ? "" : ", with failures");
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Training stopped: %s", e.getMessage());
            status = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        }
        Quarkus.asyncExit(status);
    }

    /** The port the server listens on, once it does: the one Quarkus chose for {@code quarkus.http.port=0}. */
    private int awaitPort() throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 600; attempt++) {
            int port = values.getOrDefault(HttpServer.HTTP_PORT, 0);
            if (port > 0) {
                return port;
            }
            Thread.sleep(100);
        }
        throw new IOException("the server did not listen within a minute");
    }

    private static List<TrainingRequest> requests() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REQUESTS)) {
            if (in == null) {
                throw new IOException(REQUESTS + " is missing");
            }
            List<TrainingRequest> requests = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    requests.add(TrainingRequest.parse(line));
                }
            }
            return requests;
        }
    }
}
