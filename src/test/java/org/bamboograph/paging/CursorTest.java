package org.bamboograph.paging;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Only cursors this service hands out are taken; a well-formed one past the end gives an empty page. */
@QuarkusTest
class CursorTest {

    private static final String PAGE = "query($after: String) { visits(first: 5, after: $after) { totalCount "
            + "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bg1:+1", "bg1:-1", "bg1:01", "bg1: 1", "bg1:1 ", "bg1:", "bg1:1.0", "bg1:\u0661",
            "bg1:\u0661\u0662", "bg1:\uff11", "bg2:1", "BG1:1", "1", "bg1:0x1" })
    void aCursorNotOfOursIsBadUserInputWhateverItDecodesTo(String text) {
        graphql(PAGE, Map.of("after", cursor(text)))
                .body("data.visits", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("after"))
                .body("errors[0].message", containsString(cursor(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "YmcxOjE=", "YmcxOjE==", "YmcxOjE\n", "Ym cxOjE", "YmcxOjE.", "%%%" })
    void anotherSpellingOfOurCursorIsRefused(String cursor) {
        assertEquals("YmcxOjE", Cursor.encode(1));
        graphql(PAGE, Map.of("after", cursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("after"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bg1:2147483647", "bg1:2147483648", "bg1:99999999999999999999" })
    void aCursorWhoseNextPositionOverflowsIsBadUserInput(String text) {
        graphql(PAGE, Map.of("after", cursor(text)))
                .body("data.visits", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("after"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bg1:12", "bg1:1000", "bg1:2147483646" })
    void aWellFormedCursorPastTheEndGivesAnEmptyPage(String text) {
        graphql(PAGE, Map.of("after", cursor(text)))
                .body("errors", nullValue())
                .body("data.visits.edges", hasSize(0))
                .body("data.visits.totalCount", equalTo(13))
                .body("data.visits.pageInfo.hasNextPage", equalTo(false))
                .body("data.visits.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.visits.pageInfo.endCursor", nullValue());
    }

    @Test
    void theCursorsWeHandOutPageThroughTheWholeList() {
        String after = null;
        int seen = 0;
        for (int page = 0; page < 5; page++) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            var response = graphql(PAGE, variables).body("errors", nullValue()).extract();
            seen += response.<java.util.List<?>>path("data.visits.edges").size();
            if (!response.<Boolean>path("data.visits.pageInfo.hasNextPage")) {
                break;
            }
            after = response.path("data.visits.pageInfo.endCursor");
        }
        assertEquals(13, seen);
    }
}
