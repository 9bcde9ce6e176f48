package org.bamboograph.statement;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatementApiTest {

    @Test
    void chineseForeignMinistryQuotesAreAboutTheUnitedStates() {
        graphql("{ statements(speaker: \"foreign ministry\") { edges { node { text speakers { name } speakerName about { code } } } } }")
                .body("errors", nullValue())
                .body("data.statements.edges.node.text", containsInAnyOrder(
                        "abide by basic norms governing international relations",
                        "discard the hegemonic and Cold War mentality"))
                .body("data.statements.edges.node.speakers", everyItem(empty()))
                .body("data.statements.edges.node.speakerName", everyItem(equalTo("Chinese Foreign Ministry spokesperson")));
    }

    @Test
    void speakerMatchesLeadersByFoldedNameOrAlias() {
        graphql("{ statements(speaker: \"PHAN ANH SƠN\") { totalCount edges { node { text date } } } }")
                .body("data.statements.totalCount", equalTo(2))
                .body("data.statements.edges[0].node.text", org.hamcrest.Matchers.startsWith("The term strong root means"));
        graphql("{ statements(speaker: \"Barack Obama\") { edges { node { speakers { name } visit { id } date } } } }")
                .body("data.statements.edges[0].node.speakers.name", contains("Nguyen Phu Trong", "Barack Obama"))
                .body("data.statements.edges[0].node.visit.id", equalTo("trong-usa-2015"))
                .body("data.statements.edges[0].node.date", equalTo("2015"));
    }

    @Test
    void trongsBambooQuotesOfDecember2021() {
        graphql("{ statements(speaker: \"Trong\", text: \"bamboo\") { edges { node { text date sources { source { id } } } } } }")
                .body("data.statements.edges.node.text", hasItem("identity of Vietnamese bamboo"))
                .body("data.statements.edges.find { it.node.text == 'identity of Vietnamese bamboo' }.node.date",
                        equalTo("2021-12"));
    }

    @Test
    void aboutAndTextFilters() {
        graphql("{ statements(about: \"usa\") { totalCount } }")
                .body("data.statements.totalCount", greaterThan(2));
        graphql("{ statements(text: \"COLD WAR\") { edges { node { text } } } }")
                .body("data.statements.edges.node.text", contains("discard the hegemonic and Cold War mentality"));
        graphql("{ statements(text: \"100% _nothing_\") { totalCount } }")
                .body("data.statements.totalCount", equalTo(0));
    }
}
