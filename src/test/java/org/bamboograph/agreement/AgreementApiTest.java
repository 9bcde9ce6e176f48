package org.bamboograph.agreement;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgreementApiTest {

    private static final String PARTNERSHIPS = """
            query($asOf: String) { partnerships(state: "VNM", asOf: $asOf) { partner { code } agreement { kind date } } }""";

    @Test
    void partnershipsAsOf2020() {
        graphql(PARTNERSHIPS, Map.of("asOf", "2020"))
                .body("errors", nullValue())
                .body("data.partnerships.partner.code", contains("CHN", "RUS", "USA", "IND"))
                .body("data.partnerships.agreement.kind", contains("COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
                        "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"))
                .body("data.partnerships.agreement.date", contains("2008", "2012", "2013", "2016"));
    }

    @Test
    void theUnitedStatesUpgradeStandsFromSeptember2023() {
        graphql(PARTNERSHIPS, Map.of("asOf", "2023-08"))
                .body("data.partnerships.find { it.partner.code == 'USA' }.agreement.kind", equalTo("COMPREHENSIVE_PARTNERSHIP"));
        graphql(PARTNERSHIPS, Map.of("asOf", "2023-09"))
                .body("data.partnerships.find { it.partner.code == 'USA' }.agreement.kind",
                        equalTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP"));
        graphql(PARTNERSHIPS, Map.of("asOf", "2023-09-15"))
                .body("data.partnerships.find { it.partner.code == 'USA' }.agreement.kind", equalTo("COMPREHENSIVE_PARTNERSHIP"));
    }

    @Test
    void todaySevenComprehensiveStrategicPartnersUndatedIncluded() {
        graphql("{ partnerships(state: \"vnm\") { partner { code } agreement { kind date } } }")
                .body("data.partnerships.partner.code", contains("CHN", "RUS", "IND", "USA", "AUS", "JPN", "KOR"))
                .body("data.partnerships.agreement.kind", everyItem(equalTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP")));
    }

    @Test
    void partnershipsOfAPartnerAndOfAnUnknownState() {
        graphql("{ partnerships(state: \"USA\") { partner { code } agreement { date } } }")
                .body("data.partnerships.partner.code", contains("VNM"))
                .body("data.partnerships.agreement.date", contains("2023-09"));
        graphql("{ partnerships(state: \"NOPE\") { partner { code } } }")
                .body("errors", nullValue())
                .body("data.partnerships", empty());
    }

    @Test
    void agreementsFilterByKindPartyAndDate() {
        graphql("{ agreements(kind: JOINT_STATEMENT) { edges { node { id date } } } }")
                .body("data.agreements.edges.node.date", contains("2015", "2023-12"));
        graphql("{ agreements(party: \"EU\") { edges { node { kind date parties { code kind } } } } }")
                .body("data.agreements.edges[0].node.kind", equalTo("FREE_TRADE_AGREEMENT"))
                // The article says the agreement has been in effect since 2020, not when it was sealed: no date.
                .body("data.agreements.edges[0].node.date", nullValue())
                .body("data.agreements.edges[0].node.parties.kind", containsInAnyOrder("ORGANIZATION", "COUNTRY"));
        graphql("{ agreements(party: \"VNM\", from: \"2023\", to: \"2024\") { edges { node { date parties { code } } } } }")
                .body("data.agreements.edges.node.date", contains("2023-09", "2023-12", "2023-12", "2024-03"));
        graphql("{ agreements(kind: COMPREHENSIVE_STRATEGIC_PARTNERSHIP, first: 100) { totalCount edges { node { date } } } }")
                .body("data.agreements.totalCount", equalTo(7))
                .body("data.agreements.edges[5].node.date", nullValue())
                .body("data.agreements.edges[6].node.date", nullValue());
    }

    @Test
    void sharedFutureDeclarationCitesBothArticlesAndCarriesItsStatement() {
        graphql("""
                { agreements(kind: JOINT_STATEMENT, party: "CHN") { edges { node { title date visit { guest { name } }
                  sources { source { id } } } } } }""")
                .body("data.agreements.edges[0].node.date", equalTo("2023-12"))
                .body("data.agreements.edges[0].node.visit.guest.name", equalTo("Xi Jinping"))
                .body("data.agreements.edges[0].node.sources.source.id", hasItems("article-000", "article-003"));
        graphql("{ statements(text: \"community of shared future\") { edges { node { agreement { kind } speakers { name } } } } }")
                .body("data.statements.edges[0].node.agreement.kind", equalTo("JOINT_STATEMENT"))
                .body("data.statements.edges[0].node.speakers.name", contains("Xi Jinping", "Nguyen Phu Trong"));
    }

    @Test
    void chinaPartnershipCitesBothWordingsOfArticle000() {
        graphql("{ agreements(party: \"CHN\", kind: COMPREHENSIVE_STRATEGIC_PARTNERSHIP) { edges { node { date sources { excerpt } } } } }")
                .body("data.agreements.edges[0].node.date", equalTo("2008"))
                .body("data.agreements.edges[0].node.sources.excerpt", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("strategic partnership agreement in 2008")))
                .body("data.agreements.edges[0].node.sources.excerpt", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("such agreements")));
    }
}
