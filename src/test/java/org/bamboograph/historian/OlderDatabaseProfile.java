package org.bamboograph.historian;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service started on a database an older version imported into ({@link OlderDatabase}). */
public class OlderDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // A roomier time limit: the first queries after a start run on a cold JVM, on a machine that may be busy.
        return Map.of("bamboo.import.graphql-enabled", "true", "bamboo.import.dir", "src/test/resources/historian/upgrade",
                "bamboo.limits.timeout", "30s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OlderDatabase.class));
    }
}
