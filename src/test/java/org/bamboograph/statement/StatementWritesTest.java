package org.bamboograph.statement;

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
class StatementWritesTest {

    private static final String CITE = "sources: [{source: \"article-000\", excerpt: \"It also needs more friends — and fewer enemies\", supports: [\"text\", \"speakers\", \"speakerName\", \"date\", \"about\", \"visit\", \"agreement\"]}]";

    @Test
    void aStatementIsWrittenAndFoundByItsWords() {
        asEditor("mutation { createStatement(input: {id: \"w-friends\", text: \"more friends — and fewer enemies\", "
                + "speakers: [\"nguyen-phu-trong\"], speakerName: \"Nguyen Phu Trong\", date: \"2021\", about: [\"VNM\"], "
                + CITE + "}) { id speakers { name } about { code } date } }")
                .body("errors", nullValue())
                .body("data.createStatement.speakers.name", contains("Nguyen Phu Trong"));
        graphql("{ statements(text: \"FEWER ENEMIES\") { edges { node { id } } } }")
                .body("data.statements.edges.node.id", contains("w-friends"));
        asEditor("mutation { createStatement(input: {text: \"x\", speakerName: \"x\", speakers: [\"nobody\"], " + CITE
                + "}) { id } }")
                .body("errors[0].extensions.field", equalTo("speakers[0]"));
        asEditor("mutation { deleteStatement(id: \"w-friends\", version: 0) }").body("data.deleteStatement", equalTo("w-friends"));
        graphql("{ statements(text: \"fewer enemies\") { totalCount } }").body("data.statements.totalCount", equalTo(0));
    }
}
