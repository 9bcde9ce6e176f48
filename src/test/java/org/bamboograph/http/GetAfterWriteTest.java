package org.bamboograph.http;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A write changes the tag of every GET answer, so no cache keeps serving what it changed; a refused write does not. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class GetAfterWriteTest {

    private static final String QUERY = "{ sources { id title } }";

    private static String tag() {
        return given().queryParam("query", QUERY).when().get("/graphql").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aWriteChangesTheTagAndTheOldTagGetsTheNewAnswer() {
        String before = tag();
        asEditor("mutation { createSource(input: {id: \"etag-new\", title: \"Tagged\"}) { id } }")
                .body("errors", nullValue());
        String after = tag();
        assertNotEquals(before, after);
        given().queryParam("query", QUERY).header("If-None-Match", before)
                .when().get("/graphql")
                .then().statusCode(200)
                .body("data.sources.find { it.id == 'etag-new' }.title", equalTo("Tagged"));
        asEditor("mutation { updateSource(id: \"etag-new\", version: 0, input: {title: \"Retitled\"}) { version } }")
                .body("errors", nullValue());
        assertNotEquals(after, tag());
    }

    @Test
    void aRefusedWriteLeavesTheTag() {
        String before = tag();
        asEditor("mutation { updateSource(id: \"no-such-source\", version: 0, input: {title: \"x\"}) { version } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertEquals(before, tag());
    }
}
