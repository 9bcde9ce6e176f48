package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.bamboograph.historian.SampleImportProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An import changes the tag of GET answers, in its own transaction; a refused import, which writes nothing, does not. */
@QuarkusTest
@TestProfile(GetAfterImportTest.Profile.class)
class GetAfterImportTest {

    /** The sample files over a database of its own: other import tests may have imported them already, and an import
     * of files already imported, unchanged, writes nothing and rightly leaves the tag. */
    public static class Profile extends SampleImportProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.datasource.jdbc.url", org.bamboograph.testing.TestDatabases.url("get-after-import"));
            return overrides;
        }
    }

    private static final String IMPORT = "mutation($path: String!) { importHistorianRecords(path: $path) { files } }";

    private static String tag() {
        return given().queryParam("query", "{ visits(first: 0) { totalCount } }")
                .when().get("/graphql").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anImportChangesTheTag() {
        String before = tag();
        asEditor(IMPORT, Map.of("path", "visits-sample.xml")).body("errors", nullValue());
        assertNotEquals(before, tag());
        String after = tag();
        asEditor(IMPORT, Map.of("path", "visits-sample.xml")).body("errors", nullValue());
        assertEquals(after, tag(), "importing the same file again writes nothing");
    }

    @Test
    void aRefusedImportLeavesTheTag() {
        String before = tag();
        asEditor(IMPORT, Map.of("path", "malformed/broken.xml")).body("errors[0].extensions.file", containsString("broken.xml"));
        assertEquals(before, tag());
    }
}
