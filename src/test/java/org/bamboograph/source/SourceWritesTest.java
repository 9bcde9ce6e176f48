package org.bamboograph.source;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(WritesProfile.class)
class SourceWritesTest {

    private static final String UPDATE = """
            mutation($id: ID!, $v: Int!, $t: String!) { updateSource(id: $id, version: $v, input: {title: $t}) { version title } }""";

    @Test
    void createUpdateAndDeleteWithVersions() {
        asEditor("mutation { createSource(input: {id: \"src-life\", title: \"First\", author: \"A. Author\", "
                + "published: \"2024-07\", url: \"https://example.org/a\"}) { id version title published } }")
                .body("errors", nullValue())
                .body("data.createSource.id", equalTo("src-life"))
                .body("data.createSource.version", equalTo(0))
                .body("data.createSource.published", equalTo("2024-07"));
        asEditor(UPDATE, Map.of("id", "src-life", "v", 0, "t", "Second"))
                .body("data.updateSource.version", equalTo(1))
                .body("data.updateSource.title", equalTo("Second"));
        // A write based on the version read before someone else's change is refused, and changes nothing.
        asEditor(UPDATE, Map.of("id", "src-life", "v", 0, "t", "Lost update"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        graphql("{ sources { id title } }").body("data.sources.find { it.id == 'src-life' }.title", equalTo("Second"));
        asEditor("mutation { deleteSource(id: \"src-life\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        asEditor("mutation { deleteSource(id: \"src-life\", version: 1) }")
                .body("errors", nullValue())
                .body("data.deleteSource", equalTo("src-life"));
        graphql("{ sources { id } }").body("data.sources.id", not(hasItem("src-life")));
        asEditor("mutation { deleteSource(id: \"src-life\", version: 1) }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCitedSourceIsInUse() {
        asEditor("mutation { deleteSource(id: \"article-000\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("IN_USE"))
                .body("errors[0].extensions.usedBy.citations", org.hamcrest.Matchers.greaterThan(10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{title: \"  \"}                                 | title",
            "{title: \"x\", url: \"ftp://example.org\"}      | url",
            "{title: \"x\", published: \"2024-13\"}          | published",
            "{title: \"x\", id: \"Bad Id\"}                  | id" })
    void invalidInputNamesTheField(String input, String field) {
        asEditor("mutation { createSource(input: " + input + ") { id } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo(field));
    }
}
