package org.bamboograph.state;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(WritesProfile.class)
class StateWritesTest {

    private static final String CITE = "sources: [{source: \"article-000\", excerpt: \"Mediterranean\", supports: [\"name\", \"kind\"]}]";

    @Test
    void aStateIsCreatedOnceAndDeletedWhenUnused() {
        asEditor("mutation { createState(input: {code: \"mlt\", name: \"Malta\", kind: COUNTRY, " + CITE + "}) "
                + "{ code version sources { excerpt } } }")
                .body("errors", nullValue())
                .body("data.createState.code", equalTo("MLT"));
        asEditor("mutation { createState(input: {code: \"MLT\", name: \"Malta\", kind: COUNTRY, " + CITE + "}) { code } }")
                .body("errors[0].extensions.field", equalTo("code"));
        asEditor("mutation { updateState(code: \"MLT\", version: 0, input: {code: \"MLA\", name: \"Malta\", kind: COUNTRY, "
                + CITE + "}) { code } }")
                .body("errors[0].extensions.field", equalTo("code"));
        asEditor("mutation { deleteState(code: \"MLT\", version: 0) }").body("data.deleteState", equalTo("MLT"));
        graphql("{ state(code: \"MLT\") { code } }").body("data.state", nullValue());
    }

    @Test
    void aStateOthersReferToIsInUse() {
        asEditor("mutation { deleteState(code: \"VNM\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("IN_USE"))
                .body("errors[0].extensions.usedBy.visits", org.hamcrest.Matchers.greaterThan(0));
    }
}
