package org.bamboograph.historian;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own, importing from the shared historian datasets beside the repository. */
public class RealDataProfile implements QuarkusTestProfile {

    static String historianDir() {
        return System.getProperty("bamboo.shared.dir", "../shared") + "/data/historian";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("historian-real"),
                "bamboo.import.graphql-enabled", "true",
                "bamboo.import.dir", historianDir());
    }
}
