package org.bamboograph.event;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.bamboograph.write.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(WritesProfile.class)
class EventWritesTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"leading to a two-month standoff\", supports: [\"title\", \"kind\", \"date\", \"endDate\", \"states\", \"description\"]}]";

    @Test
    void anEventWithASpanIsFoundInsideIt() {
        asEditor("mutation { createEvent(input: {id: \"w-span\", title: \"Test standoff\", kind: MARITIME_INCIDENT, "
                + "date: \"2030-05\", endDate: \"2030-07\", states: [\"CHN\", \"VNM\"], " + CITE + "}) "
                + "{ id date endDate states { code } } }")
                .body("errors", nullValue())
                .body("data.createEvent.endDate", equalTo("2030-07"));
        graphql("{ events(from: \"2030-06-15\", to: \"2030-06-15\") { edges { node { id } } } }")
                .body("data.events.edges.node.id", contains("w-span"));
        asEditor("mutation { updateEvent(id: \"w-span\", version: 0, input: {title: \"Test standoff\", "
                + "kind: MARITIME_INCIDENT, date: \"2030-05\", endDate: \"2030-04\", " + CITE + "}) { id } }")
                .body("errors[0].extensions.field", equalTo("endDate"));
        asEditor("mutation { deleteEvent(id: \"w-span\", version: 0) }").body("data.deleteEvent", equalTo("w-span"));
        graphql("{ events(from: \"2030\") { totalCount } }").body("data.events.totalCount", equalTo(0));
    }
}
