package org.bamboograph.historian;

import static org.bamboograph.graphql.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** By default the GraphQL import is switched off: the command line is the way in. */
@QuarkusTest
class ImportSwitchTest {

    @Test
    void importOverGraphQLIsOffByDefault() {
        graphql("mutation { importHistorianRecords(path: \"visits-sample.xml\") { created } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
