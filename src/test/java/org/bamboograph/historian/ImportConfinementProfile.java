package org.bamboograph.historian;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** An import directory of links made by {@link ImportConfinementTest}, and a database of its own. */
public class ImportConfinementProfile implements QuarkusTestProfile {

    static final String BASE = "target/import-confinement";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("import-confinement"),
                "bamboo.import.graphql-enabled", "true",
                "bamboo.import.dir", BASE + "/import");
    }
}
