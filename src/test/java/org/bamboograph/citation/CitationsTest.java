package org.bamboograph.citation;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A level's citations come in one statement, with the sources they quote joined in where the client asks for them:
 * each record must still get its own citations, in their order, each with its own source.
 */
@QuarkusTest
class CitationsTest {

    @Inject
    EntityManager em;

    @Test
    void eachVisitGetsItsCitationsInOrderWithTheirSources() {
        List<Map<String, Object>> nodes = graphql("""
                { visits(first: 100) { edges { node { id sources { excerpt locator source { id title } } } } } }""")
                .body("errors", nullValue()).extract().path("data.visits.edges.node");
        assertTrue(nodes.size() > 1, "visits to read");
        int withSeveral = 0;
        for (Map<String, Object> node : nodes) {
            List<String> expected = stored((String) node.get("id"));
            List<String> served = new ArrayList<>();
            for (Map<String, Object> citation : sources(node)) {
                Map<String, Object> source = cast(citation.get("source"));
                served.add(citation.get("excerpt") + " | " + citation.get("locator") + " | " + source.get("id") + " | "
                        + source.get("title"));
            }
            assertEquals(expected, served, "citations of visit " + node.get("id"));
            withSeveral += expected.size() > 1 ? 1 : 0;
        }
        assertTrue(withSeveral > 0, "no visit on the page has two citations: the order is not tested");
    }

    @Test
    void citationsWithoutTheirSourcesReadNoSource() {
        List<Map<String, Object>> nodes = graphql("{ visits(first: 20) { edges { node { id sources { excerpt } } } } }")
                .body("errors", nullValue()).extract().path("data.visits.edges.node");
        for (Map<String, Object> node : nodes) {
            List<String> excerpts = sources(node).stream().map(c -> (String) c.get("excerpt")).toList();
            List<String> expected = stored((String) node.get("id")).stream().map(s -> s.split(" \\| ")[0]).toList();
            assertEquals(expected, excerpts, "excerpts of visit " + node.get("id"));
        }
    }

    /** What the database holds, read on its own: "excerpt | locator | source id | source title", by position. */
    private List<String> stored(String visitId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select c.excerpt, c.locator, s.id, s.title from Citation c join Source s on s.id = c.sourceId
                where c.subjectType = :type and c.subjectId = :id order by c.position""", Object[].class)
                .setParameter("type", Subject.VISIT).setParameter("id", visitId).getResultList().stream()
                .map(r -> r[0] + " | " + r[1] + " | " + r[2] + " | " + r[3]).toList());
    }

    private static List<Map<String, Object>> sources(Map<String, Object> node) {
        return cast(node.get("sources"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
