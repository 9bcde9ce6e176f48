package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An import is searchable once it commits: its visits' descriptions, its travellers' names. */
@QuarkusTest
@TestProfile(SampleImportProfile.class)
class SearchAfterImportTest {

    private static final String FIND = """
            query($t: String!) { search(text: $t, types: [VISIT, LEADER], first: 50) { edges { field
              node { __typename ... on Visit { guest { name } } ... on Leader { name } } } } }""";

    @Test
    void importedVisitsAndLeadersAreFound() {
        HistorianImportTest.importPath("visits-sample.xml").body("errors", nullValue());
        graphql(FIND, Map.of("t", "APEC meeting")).body("errors", nullValue())
                .body("data.search.edges.node.__typename", everyItem(equalTo("Visit")))
                .body("data.search.edges.field", hasItem("purpose"));
        // Found by the name the record spells with diacritics, typed without them.
        graphql(FIND, Map.of("t", "vo van thuong")).body("errors", nullValue())
                .body("data.search.edges.node.name", hasItem("Vo Van Thuong"));
        graphql(FIND, Map.of("t", "Gorbachev")).body("data.search.edges.node.name", hasItem("Mikhail Gorbachev"));
    }
}
