package org.bamboograph.limit;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.bamboograph.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The per-request deadline, provoked by a deadline that has passed before any field runs. */
@QuarkusTest
@TestProfile(DeadlineTest.NoTime.class)
class DeadlineTest {

    /** No time at all for a query; a database of its own, since the test writes. */
    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.timeout", "0s",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("deadline"));
        }
    }

    @Test
    void aQueryPastItsDeadlineStartsNoWorkAndAnswersTimeout() {
        graphql("{ leader(name: \"Trong\") { name visits { date } } states { totalCount } }")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("TIMEOUT"));
    }

    @Test
    void writesAreExempt() {
        asEditor("mutation { createSource(input: {id: \"src-deadline\", title: \"Written in no time\"}) { id title } }")
                .body("errors", nullValue())
                .body("data.createSource.id", equalTo("src-deadline"));
    }
}
