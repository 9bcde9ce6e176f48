package org.bamboograph.event;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventApiTest {

    @Test
    void oilRigStandoffOfMay2014() {
        graphql("{ events(from: \"2014-05\", to: \"2014-05\") { edges { node { id title kind date endDate states { code } sources { excerpt } } } } }")
                .body("errors", nullValue())
                .body("data.events.edges.node.kind", hasItem("MARITIME_INCIDENT"))
                .body("data.events.edges.find { it.node.kind == 'MARITIME_INCIDENT' }.node.date", equalTo("2014-05"))
                .body("data.events.edges.find { it.node.kind == 'MARITIME_INCIDENT' }.node.states.code", contains("CHN", "VNM"));
        graphql("{ events(from: \"2014-06\", to: \"2014-12\") { edges { node { kind } } } }")
                .body("data.events.edges.node.kind", not(hasItem("MARITIME_INCIDENT")));
    }

    @Test
    void borderWarOf1979AndPartyCongresses() {
        graphql("{ events(state: \"KHM\") { edges { node { title } } } }")
                .body("data.events.edges.node.title", hasItem(org.hamcrest.Matchers.containsString("Khmer Rouge")));
        graphql("{ events(from: \"1979\", to: \"1979\") { edges { node { kind date states { code } } } } }")
                .body("data.events.edges[0].node.kind", equalTo("WAR"))
                .body("data.events.edges[0].node.date", equalTo("1979"));
        graphql("{ events(from: \"2021-03\", to: \"2021-03\") { edges { node { kind } } } }")
                .body("data.events.edges.node.kind", hasItem("PARTY_CONGRESS"));
        graphql("{ events(from: \"2023-10\", to: \"2023-10\") { edges { node { kind } } } }")
                .body("data.events.edges.node.kind", hasItem("FORUM"));
    }
}
