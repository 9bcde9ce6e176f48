package org.bamboograph.stats;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own holding the curated graph and nothing else: no test fixtures, no writes of other tests. */
public class CuratedOnlyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("stats-curated"),
                "quarkus.flyway.locations", "db/migration,db/${bamboo.db-kind}",
                // A cold first request on a busy shared machine may take seconds; the bounds are not what these tests test.
                "bamboo.export.timeout", "30s", "bamboo.limits.timeout", "30s");
    }
}
