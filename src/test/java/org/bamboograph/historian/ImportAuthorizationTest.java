package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The import over GraphQL is a write like any other: editors only. */
@QuarkusTest
class ImportAuthorizationTest {

    @Test
    void importWithoutATokenIsUnauthenticated() {
        graphql("mutation { importHistorianRecords(path: \"visits-sample.xml\") { created } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
