package org.bamboograph.historian;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own for import tests, with the GraphQL import switched on over the test files. */
public class SampleImportProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("historian-samples"),
                "bamboo.import.graphql-enabled", "true",
                "bamboo.import.dir", "src/test/resources/historian");
    }
}
