package org.bamboograph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The WebSocket handshake on the packaged jar. */
@QuarkusIntegrationTest
class WebSocketUpgradeIT extends WebSocketUpgradeTest {
}
