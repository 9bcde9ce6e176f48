package org.bamboograph.visit;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VisitApiTest {

    private static final String PAGE = """
            query($first: Int, $after: String) { visits(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }""";

    @Test
    void pagesWalkTheWholeListOnceInDateOrder() {
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 3);
            variables.put("after", after);
            JsonPath page = graphql(PAGE, variables).body("errors", nullValue()).extract().jsonPath();
            walked.addAll(page.getList("data.visits.edges.node.id"));
            hasNext = page.getBoolean("data.visits.pageInfo.hasNextPage");
            org.junit.jupiter.api.Assertions.assertEquals(pages > 0, page.getBoolean("data.visits.pageInfo.hasPreviousPage"));
            after = page.getString("data.visits.pageInfo.endCursor");
            pages++;
        }
        List<String> all = graphql("{ visits(first: 100) { totalCount edges { node { id } } } }")
                .extract().jsonPath().getList("data.visits.edges.node.id");
        org.junit.jupiter.api.Assertions.assertEquals(all, walked);
        org.junit.jupiter.api.Assertions.assertEquals(13, all.size(), "8 curated visits and 5 test fixtures");
        org.junit.jupiter.api.Assertions.assertEquals((all.size() + 2) / 3, pages);
        org.junit.jupiter.api.Assertions.assertEquals("clinton-vietnam-2000", all.get(0));
        // Undated visits come last.
        org.junit.jupiter.api.Assertions.assertTrue(all.subList(all.size() - 2, all.size())
                .containsAll(List.of("putin-vietnam", "fixture-visit-undated")));
    }

    @Test
    void zeroFirstGivesAnEmptyPageThatKnowsMoreFollow() {
        graphql("{ visits(first: 0) { totalCount pageInfo { hasNextPage startCursor } edges { cursor } } }")
                .body("data.visits.edges", empty())
                .body("data.visits.pageInfo.hasNextPage", equalTo(true))
                .body("data.visits.pageInfo.startCursor", nullValue())
                .body("data.visits.totalCount", equalTo(13));
    }

    @Test
    void filtersByYearMonthAndDayKeepOverlappingSpansInDateOrder() {
        // Day precision: the two-day visit (10th–11th), the month and the year overlap the 11th; the 12th does not.
        graphql("{ visits(hostState: \"XTA\", from: \"2023-09-11\", to: \"2023-09-11\") { edges { node { id date endDate } } } }")
                .body("data.visits.edges.node.id", contains("fixture-visit-year", "fixture-visit-month", "fixture-visit-day-span"))
                .body("data.visits.edges[2].node.endDate", equalTo("2023-09-11"));
        graphql("{ visits(hostState: \"XTA\", from: \"2023-09-12\") { edges { node { id } } } }")
                .body("data.visits.edges.node.id", contains("fixture-visit-year", "fixture-visit-month", "fixture-visit-day"));
        // Month precision: a month filter covers the whole month.
        graphql("{ visits(hostState: \"XTA\", from: \"2023-09\", to: \"2023-09\") { totalCount } }")
                .body("data.visits.totalCount", equalTo(4));
        // Year precision against curated data: 2023 holds Biden's and Xi's visits to Vietnam.
        graphql("{ visits(hostState: \"VNM\", from: \"2023\", to: \"2023\") { edges { node { id } } } }")
                .body("data.visits.edges.node.id", contains("biden-vietnam-2023", "xi-vietnam-2023-12"));
        graphql("{ visits(to: \"2010\") { edges { node { id } } } }")
                .body("data.visits.edges.node.id", contains("clinton-vietnam-2000"));
        graphql("{ visits(hostState: \"XTA\", to: \"2022\") { edges { node { id } } } }")
                .body("data.visits.edges", empty());
    }

    @Test
    void filtersByGuestNameAsLeaderLookupDoes() {
        graphql("{ visits(guest: \"  xi JINPING\") { edges { node { id hostState { code } host { name } city } } } }")
                .body("data.visits.edges.node.id", contains("xi-vietnam-2023-12"))
                // Trong invited Xi; the articles do not say who received him.
                .body("data.visits.edges[0].node.host", nullValue())
                .body("data.visits.edges[0].node.city", equalTo("Hanoi"));
        graphql("{ visits(guest: \"Le Hong Anh\") { edges { node { date hostState { code } purpose } } } }")
                .body("data.visits.edges[0].node.date", equalTo("2014-08"))
                .body("data.visits.edges[0].node.hostState.code", equalTo("CHN"));
        graphql("{ visits(guest: \"Nobody\", hostState: \"ZZZ\") { totalCount edges { cursor } } }")
                .body("errors", nullValue())
                .body("data.visits.totalCount", equalTo(0));
    }

    @Test
    void visitFieldsLinkStatementsAgreementsAndSources() {
        graphql("""
                { visits(guest: "Nguyen Phu Trong", hostState: "USA") { edges { node { id city host { name }
                  statements { text speakers { name } } resultingAgreements { title }
                  sources { excerpt source { title } } } } } }""")
                .body("errors", nullValue())
                // Trong visited the White House and issued a statement with Obama; who received him is not said.
                .body("data.visits.edges[0].node.host", nullValue())
                .body("data.visits.edges[0].node.statements[0].speakers.name", contains("Nguyen Phu Trong", "Barack Obama"))
                .body("data.visits.edges[0].node.sources", not(empty()))
                .body("data.visits.edges[0].node.resultingAgreements", hasSize(1));
    }
}
