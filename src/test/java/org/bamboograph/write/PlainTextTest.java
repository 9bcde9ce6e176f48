package org.bamboograph.write;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.bamboograph.testing.GraphQLRequests.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Written text is kept exactly as sent, or refused on its field; it is never altered on the way to the database. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class PlainTextTest {

    /** Posts JSON written by hand, so that escapes such as \ud800 reach the server as the client wrote them. */
    private static ValidatableResponse asEditor(String query, String variablesJson) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token("editor", "editor"))
                .body("{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variablesJson + "}")
                .when().post("/graphql").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\ud800b      | U+D800",
            "\\udc00 at the start | U+DC00",
            "end \\ud83d    | U+D83D",
            "swapped \\ude00\\ud83d | U+DE00",
            "bell\\u0007    | U+0007",
            "nul\\u0000     | U+0000",
            "escape\\u001b[0m | U+001B",
            "delete\\u007f  | U+007F",
            "next line\\u0085 | U+0085" })
    void aTitleThatWouldNotBeKeptAsSentIsRefusedOnItsField(String escaped, String character) {
        String marker = UUID.randomUUID().toString();
        asEditor("mutation($t: String!) { createSource(input: {title: $t}) { id } }",
                "{\"t\": \"" + marker + " " + escaped + "\"}")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("input"))
                .body("errors[0].extensions.field", equalTo("title"))
                .body("errors[0].message", containsString(character));
        graphql("{ sources { title } }").body("data.sources.title", not(hasItem(containsString(marker))));
    }

    @Test
    void nestedTextIsCheckedToo() {
        String marker = UUID.randomUUID().toString();
        String leader = "mutation($i: LeaderInput!) { createLeader(input: $i) { id } }";
        asEditor(leader, "{\"i\": {\"name\": \"" + marker + "\", \"state\": \"VNM\", \"aliases\": [\"ok\", \"bad\\u0001\"], "
                + "\"sources\": [{\"source\": \"article-000\", \"excerpt\": \"Vietnam\", \"supports\": [\"name\", \"state\"]}]}}")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("aliases[1]"));
        asEditor(leader, "{\"i\": {\"name\": \"" + marker + "\", \"state\": \"VNM\", "
                + "\"offices\": [{\"title\": \"\\ud800\", \"state\": \"VNM\"}], "
                + "\"sources\": [{\"source\": \"article-000\", \"excerpt\": \"Vietnam\", \"supports\": [\"name\", \"state\"]}]}}")
                .body("errors[0].extensions.field", equalTo("offices[0].title"));
        asEditor(leader, "{\"i\": {\"name\": \"" + marker + "\", \"state\": \"VNM\", "
                + "\"sources\": [{\"source\": \"article-000\", \"excerpt\": \"Vietnam\", \"supports\": [\"name\", \"state\"], \"locator\": \"p.\\u00031\"}]}}")
                .body("errors[0].extensions.field", equalTo("sources[0].locator"));
        graphql("{ leaders(name: \"" + marker + "\") { totalCount } }").body("data.leaders.totalCount", equalTo(0));
    }

    @Test
    void anUpdateIsCheckedAsACreateIs() {
        String id = asEditor("mutation { createSource(input: {title: \"Plain text update\"}) { id } }", "{}")
                .body("errors", nullValue()).extract().path("data.createSource.id");
        asEditor("mutation($id: ID!, $a: String) { updateSource(id: $id, version: 0, input: {title: \"x\", author: $a}) { id } }",
                "{\"id\": \"" + id + "\", \"a\": \"a\\ud800\"}")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("author"));
        graphql("{ sources { id title version } }")
                .body("data.sources.find { it.id == '" + id + "' }.title", equalTo("Plain text update"))
                .body("data.sources.find { it.id == '" + id + "' }.version", equalTo(0));
    }

    @Test
    void tabsLineBreaksAndWholeSurrogatePairsAreKeptAsSent() {
        String title = "Tab\there, lines\r\nand\nemoji \ud83d\ude00 \u00e0 \u1ea1 \u200d";
        String id = asEditor("mutation($t: String!) { createSource(input: {title: $t}) { id title } }",
                "{\"t\": \"Tab\\there, lines\\r\\nand\\nemoji \\ud83d\\ude00 \\u00e0 \\u1ea1 \\u200d\"}")
                .body("errors", nullValue())
                .body("data.createSource.title", equalTo(title))
                .extract().path("data.createSource.id");
        graphql("{ sources { id title } }").body("data.sources.find { it.id == '" + id + "' }.title", equalTo(title));
    }
}
