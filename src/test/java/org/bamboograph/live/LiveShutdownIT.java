package org.bamboograph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bamboograph.durability.ServiceProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * A server stop, as a service manager makes it (SIGTERM to the packaged jar): every subscription connection is closed
 * with 1001, "going away", before the feeds end, so a client hears no {@code complete} and subscribes again once it
 * has reconnected, elsewhere or to the restarted instance.
 */
class LiveShutdownIT {

    private static final Path DATA = Path.of("target/durability-data/live-stop").toAbsolutePath();

    @Test
    void aServerStopClosesSubscriptionsWith1001AndCompletesNone() throws Exception {
        Assumptions.assumeFalse(ServiceProcess.onPostgres(), "skipped on PostgreSQL: the stop does not depend on the "
                + "database, and runs on the embedded H2 stage");
        String token = ServiceProcess.editorToken();
        Vertx vertx = Vertx.vertx();
        ServiceProcess service = ServiceProcess.start("live-stop", freePort(), DATA, Map.of());
        try (RawSocket client = new RawSocket(vertx, "http://127.0.0.1:" + service.port() + "/graphql", 0).init()) {
            client.subscribe("1", "subscription { recordChanged(types: [SOURCE]) { kind recordId } }");
            JsonObject heard = null;
            for (int attempt = 0; attempt < 40 && heard == null; attempt++) {
                assertTrue(service.createSource("stop: warming up", token).ok());
                heard = client.nextWithin(500);
            }
            assertTrue(heard != null && "next".equals(heard.getString("type")), "the subscription never started");
            Thread.sleep(300);
            client.received.clear();

            CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(service::stop);
            RawSocket.Closed closed = client.closedWithin(30_000);
            assertEquals((short) 1001, closed.code(), closed + "; log:\n" + service.logTail());
            assertFalse(client.received.stream().anyMatch(m -> "complete".equals(m.getString("type"))),
                    "a subscription was completed before the close: " + client.received);
            // The JVM answers SIGTERM with 143 once its shutdown is done: a stop that went through, not a kill.
            assertEquals(143, stopped.get().intValue(), service.logTail());
            assertTrue(service.logTail().contains("stopped in"), service.logTail());
        } finally {
            service.close();
            vertx.close();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(Integer.getInteger("live.it.port", 0), 1,
                InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
