package org.bamboograph.state;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StateApiTest {

    @Test
    void vietnamReceivedItsVisitorsInDateOrderUndatedLast() {
        graphql("{ state(code: \"VNM\") { id code name kind visitsReceived { guest { name } date } leaders { name } } }")
                .body("errors", nullValue())
                .body("data.state.id", equalTo("VNM"))
                .body("data.state.kind", equalTo("COUNTRY"))
                .body("data.state.visitsReceived.guest.name",
                        contains("Bill Clinton", "Joe Biden", "Xi Jinping", "Vladimir Putin"))
                .body("data.state.visitsReceived.date", contains("2000", "2023-09", "2023-12", null))
                .body("data.state.leaders.name", hasItems("Nguyen Phu Trong", "Vo Van Thuong"));
    }

    @Test
    void theEuropeanUnionIsAnOrganizationPartyToTheFreeTradeAgreement() {
        graphql("{ state(code: \"eu\") { kind agreements { kind } sources { excerpt } } }")
                .body("data.state.kind", equalTo("ORGANIZATION"))
                .body("data.state.agreements.kind", contains("FREE_TRADE_AGREEMENT"));
        graphql("{ state(code: \"XXX\") { code } }")
                .body("errors", nullValue())
                .body("data.state", nullValue());
    }

    @Test
    void statesPageByCode() {
        graphql("{ states(first: 2) { totalCount pageInfo { hasNextPage } edges { node { code } } } }")
                .body("data.states.edges.node.code", contains("ASEAN", "AUS"))
                .body("data.states.pageInfo.hasNextPage", equalTo(true));
        graphql("{ states(first: 100) { edges { node { code } } } }")
                .body("data.states.edges.node.code", hasItem("SUN"));
    }
}
