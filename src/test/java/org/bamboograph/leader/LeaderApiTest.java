package org.bamboograph.leader;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LeaderApiTest {

    @Test
    void trongTraversalReachesVisitsAndTheirAgreementsInOneRequest() {
        graphql("""
                { leader(name: "Nguyen Phu Trong") { name visits { date hostState { code }
                  resultingAgreements { kind date parties { code } } } } }""")
                .body("errors", nullValue())
                .body("data.leader.name", equalTo("Nguyen Phu Trong"))
                .body("data.leader.visits.date", contains("2011", "2015", "2022-10"))
                .body("data.leader.visits.hostState.code", contains("CHN", "USA", "CHN"))
                .body("data.leader.visits[0].resultingAgreements[0].kind", equalTo("MARITIME_AGREEMENT"))
                .body("data.leader.visits[0].resultingAgreements[0].parties.code", contains("CHN", "VNM"))
                .body("data.leader.visits[1].resultingAgreements[0].kind", equalTo("JOINT_STATEMENT"))
                .body("data.leader.visits[1].resultingAgreements[0].date", equalTo("2015"));
    }

    @Test
    void theSameListAskedForTwiceWithDifferentFieldsAnswersBoth() {
        // Both aliases share one batch of visits, read for the first without host states or parties: the second
        // still gets them, loaded on their own.
        graphql("""
                { leader(name: "Nguyen Phu Trong") { bare: visits { date resultingAgreements { kind } }
                  full: visits { hostState { code name } guest { name }
                  resultingAgreements { parties { code } } } } }""")
                .body("errors", nullValue())
                .body("data.leader.bare.date", contains("2011", "2015", "2022-10"))
                .body("data.leader.full.hostState.code", contains("CHN", "USA", "CHN"))
                .body("data.leader.full.hostState[1].name", equalTo("United States"))
                .body("data.leader.full.guest.name", everyItem(equalTo("Nguyen Phu Trong")))
                .body("data.leader.full.guest", hasSize(3))
                .body("data.leader.full[0].resultingAgreements[0].parties.code", contains("CHN", "VNM"));
    }

    @Test
    void bidenVisitedHanoiHostedByTrongAndSealedTheComprehensiveStrategicPartnership() {
        graphql("""
                { leader(name: "Joe Biden") { state { code } visits { date city hostState { code } host { name }
                  resultingAgreements { kind date parties { code } supersedes { kind date }
                  sources { excerpt source { id } } } } } }""")
                .body("errors", nullValue())
                .body("data.leader.state.code", equalTo("USA"))
                .body("data.leader.visits[0].date", equalTo("2023-09"))
                .body("data.leader.visits[0].city", equalTo("Hanoi"))
                .body("data.leader.visits[0].hostState.code", equalTo("VNM"))
                .body("data.leader.visits[0].host.name", equalTo("Nguyen Phu Trong"))
                .body("data.leader.visits[0].resultingAgreements[0].kind", equalTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP"))
                .body("data.leader.visits[0].resultingAgreements[0].date", equalTo("2023-09"))
                .body("data.leader.visits[0].resultingAgreements[0].parties.code", contains("USA", "VNM"))
                .body("data.leader.visits[0].resultingAgreements[0].supersedes.kind", equalTo("COMPREHENSIVE_PARTNERSHIP"))
                .body("data.leader.visits[0].resultingAgreements[0].supersedes.date", equalTo("2013"))
                .body("data.leader.visits[0].resultingAgreements[0].sources.source.id",
                        contains("article-000", "article-000", "article-003", "article-003"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "nguyen phu trong", "  NGUYEN   Phu Trong ", "Nguyễn Phú Trọng", "Trong" })
    void nameLookupFoldsCaseDiacriticsAndSpacesAndKnowsAliases(String name) {
        graphql("query($n: String!) { leader(name: $n) { id name } }", Map.of("n", name))
                .body("errors", nullValue())
                .body("data.leader.id", equalTo("nguyen-phu-trong"));
    }

    @Test
    void foldingCoversLettersWithoutDecomposition() {
        graphql("{ leader(name: \"lukasz ostergard aebelo gross\") { id name } }")
                .body("data.leader.id", equalTo("fixture-lukasz"))
                .body("data.leader.name", equalTo("Łukasz Østergård Æbelø Groß"));
    }

    @Test
    void unknownNameIsNullNotAnError() {
        graphql("{ leader(name: \"Nobody At All\") { id } }")
                .body("errors", nullValue())
                .body("data.leader", nullValue());
    }

    @Test
    void nameOfSeveralLeadersIsBadUserInputNamingThem() {
        graphql("{ leader(name: \"ana\") { id } }")
                .body("data.leader", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("name"))
                .body("errors[0].extensions.candidates", contains("Ana Beispiel", "Ana Muster"))
                .body("errors[0].message", containsString("Ana Beispiel"))
                .body("errors[0].message", containsString("Ana Muster"));
    }

    @Test
    void leaderFieldsAnswerFromTheCuratedData() {
        graphql("""
                { leader(name: "Xi Jinping") { aliases state { code } offices { title state { code } from to
                  sources { source { id } } } hostedVisits { id } statements { speakerName }
                  sources { excerpt } } }""")
                .body("errors", nullValue())
                .body("data.leader.aliases", contains("Xi"))
                .body("data.leader.state.code", equalTo("CHN"))
                .body("data.leader.offices.title", hasItem("President of China"))
                // The article has Trong travel to Beijing to congratulate Xi, not Xi receive him.
                .body("data.leader.hostedVisits", empty())
                .body("data.leader.statements.speakerName", hasItem(containsString("Xi Jinping")));
        graphql("{ leader(name: \"Nguyen Phu Trong\") { offices { title from to } hostedVisits { guest { name } } } }")
                .body("data.leader.offices[0].from", equalTo("2011"))
                .body("data.leader.offices[0].to", nullValue())
                .body("data.leader.hostedVisits.guest.name", contains("Joe Biden", "Vladimir Putin"));
    }

    @Test
    void leadersListFiltersByStateAndNameAndPages() {
        graphql("{ leaders(state: \"usa\") { totalCount edges { node { name } } } }")
                .body("data.leaders.totalCount", equalTo(3))
                .body("data.leaders.edges.node.name", contains("Barack Obama", "Bill Clinton", "Joe Biden"));
        graphql("{ leaders(name: \"ANA\") { totalCount edges { node { id } } } }")
                .body("data.leaders.edges.node.id", contains("fixture-ana-1", "fixture-ana-2"));
        graphql("{ leaders(name: \"no such person\") { totalCount edges { node { id } } } }")
                .body("errors", nullValue())
                .body("data.leaders.totalCount", equalTo(0));
    }
}
