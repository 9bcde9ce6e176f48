package org.bamboograph.write;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own for tests that write, so that the read tests' counts stay as the data file makes them. */
public class WritesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("writes"));
    }
}
