package org.bamboograph.stats;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The curated graph and the shared historian datasets, imported into a database of its own. */
public class RealDataStatsProfile implements QuarkusTestProfile {

    static String historianDir() {
        return System.getProperty("bamboo.shared.dir", "../shared") + "/data/historian";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("stats-real"),
                "quarkus.flyway.locations", "db/migration,db/${bamboo.db-kind}",
                "bamboo.import.graphql-enabled", "true",
                "bamboo.import.dir", historianDir(),
                "bamboo.export.timeout", "30s", "bamboo.limits.timeout", "30s");
    }
}
