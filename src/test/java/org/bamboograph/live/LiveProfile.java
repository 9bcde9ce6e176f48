package org.bamboograph.live;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own for the subscription tests, which write and import; imports read the test files. */
public class LiveProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("live"),
                "bamboo.import.graphql-enabled", "true",
                "bamboo.import.dir", "src/test/resources/historian",
                "bamboo.live.max-connections-per-address", "6",
                // Lowered so that each limit is reached within a test's time.
                "bamboo.live.init-timeout", "2s",
                "bamboo.live.max-subscriptions-per-connection", "3",
                "bamboo.live.write-buffer", "8K",
                "bamboo.test.send-buffer", "4096");
    }
}
