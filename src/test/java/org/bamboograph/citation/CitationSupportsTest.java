package org.bamboograph.citation;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Citations say over GraphQL which fields they support, and why where two passages are read together. */
@QuarkusTest
class CitationSupportsTest {

    @Test
    void theHostIsServedWithTheExcerptThatStatesIt() {
        graphql("""
                { leader(name: "Joe Biden") { visits { host { name }
                  sources { excerpt supports note } } } }""")
                .body("errors", nullValue())
                .body("data.leader.visits[0].host.name", equalTo("Nguyen Phu Trong"))
                .body("data.leader.visits[0].sources.find { it.supports.contains('host') }.excerpt",
                        containsString("he was greeted by the most powerful man in the country, General Secretary Nguyen Phu Trong"))
                .body("data.leader.visits[0].sources.supports", everyItem(not(empty())));
    }

    @Test
    void aFieldNoExcerptStatesIsNull() {
        // Trong invited Xi to Vietnam; neither article says who received him there.
        graphql("""
                { visits(guest: "Xi Jinping") { edges { node { host { name } city
                  sources { supports } } } } }""")
                .body("errors", nullValue())
                .body("data.visits.edges[0].node.host", nullValue())
                .body("data.visits.edges[0].node.city", equalTo("Hanoi"))
                .body("data.visits.edges[0].node.sources.supports.flatten()", not(hasItem("host")))
                .body("data.visits.edges[0].node.sources.supports.flatten()", hasItem("city"));
    }

    @Test
    void supportReadFromTwoPassagesSaysSo() {
        graphql("""
                { agreements(party: "USA", kind: COMPREHENSIVE_STRATEGIC_PARTNERSHIP) { edges { node {
                  supersedes { kind date } sources { excerpt supports note } } } } }""")
                .body("errors", nullValue())
                .body("data.agreements.edges[0].node.supersedes.date", equalTo("2013"))
                .body("data.agreements.edges[0].node.sources.findAll { it.supports.contains('supersedes') }.excerpt",
                        hasItem(containsString("established a comprehensive partnership with the US in 2013")))
                .body("data.agreements.edges[0].node.sources.findAll { it.supports.contains('supersedes') }.note",
                        everyItem(notNullValue()));
    }
}
