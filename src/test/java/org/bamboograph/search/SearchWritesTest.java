package org.bamboograph.search;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The index follows writes: what a write says is found from its commit on, and what it no longer says is not. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SearchWritesTest {

    private static final String FIND = """
            query($t: String!) { search(text: $t) { totalCount edges { field snippet node { __typename
              ... on Event { id } ... on Leader { id } } } } }""";

    private static final String CITE = "sources: [{source: \"article-000\", excerpt: \"The oil rig incident\", "
            + "supports: [\"title\", \"kind\", \"date\", \"states\", \"description\"]}]";

    @Test
    void createdUpdatedAndDeletedRecordsAreFoundAsTheyStand() {
        asEditor("mutation { createEvent(input: {id: \"w-search-event\", title: \"Quokka summit in Ålesund\", "
                + "kind: OTHER, " + CITE + "}) { id } }").body("errors", nullValue());
        graphql(FIND, Map.of("t", "quokka alesund")).body("errors", nullValue())
                .body("data.search.edges.node.id", contains("w-search-event"))
                .body("data.search.edges[0].field", equalTo("title"));

        asEditor("mutation { updateEvent(id: \"w-search-event\", version: 0, input: {title: \"Wombat summit\", "
                + "kind: OTHER, " + CITE + "}) { version } }").body("errors", nullValue());
        graphql(FIND, Map.of("t", "quokka")).body("data.search.totalCount", equalTo(0));
        graphql(FIND, Map.of("t", "wombats")).body("data.search.edges.node.id", contains("w-search-event"));

        asEditor("mutation { deleteEvent(id: \"w-search-event\", version: 1) }").body("errors", nullValue());
        graphql(FIND, Map.of("t", "wombat")).body("data.search.edges", empty());
    }

    @Test
    void aLeadersNewAliasIsFound() {
        graphql(FIND, Map.of("t", "Xyzzyson")).body("data.search.totalCount", equalTo(0));
        asEditor("mutation { createLeader(input: {id: \"w-search-leader\", name: \"Ana Xyzzyson\", state: \"VNM\", "
                + "sources: [{source: \"article-000\", excerpt: \"Vietnam\", supports: [\"name\", \"state\"]}]}) { id } }")
                .body("errors", nullValue());
        graphql(FIND, Map.of("t", "XYZZYSON")).body("data.search.edges.node.id", contains("w-search-leader"));
    }
}
