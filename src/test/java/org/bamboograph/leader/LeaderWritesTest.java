package org.bamboograph.leader;

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
class LeaderWritesTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"the next CPV General Secretary\", supports: [\"name\", \"state\", \"aliases\", \"offices\"]}]";

    @Test
    void aLeaderWithOfficesAndAliasesIsFoundByThem() {
        asEditor("mutation { createLeader(input: {id: \"w-to-lam\", name: \"To Lam\", state: \"VNM\", "
                + "aliases: [\"Tô Lâm\"], offices: [{title: \"General Secretary of the Communist Party of Vietnam\", "
                + "state: \"VNM\", from: \"2024-08\"}], " + CITE + "}) { id version offices { title from to } } }")
                .body("errors", nullValue())
                .body("data.createLeader.offices[0].from", equalTo("2024-08"));
        graphql("{ leader(name: \"TÔ LÂM\") { id aliases offices { sources { excerpt } } } }")
                .body("data.leader.id", equalTo("w-to-lam"))
                .body("data.leader.aliases", contains("Tô Lâm"))
                .body("data.leader.offices[0].sources.excerpt", contains("the next CPV General Secretary"));
        asEditor("mutation { updateLeader(id: \"w-to-lam\", version: 0, input: {name: \"To Lam\", state: \"VNM\", "
                + CITE + "}) { version aliases offices { title } } }")
                .body("data.updateLeader.version", equalTo(1))
                .body("data.updateLeader.aliases", contains("Tô Lâm"));
        asEditor("mutation { deleteLeader(id: \"w-to-lam\", version: 1) }").body("data.deleteLeader", equalTo("w-to-lam"));
        graphql("{ leader(name: \"To Lam\") { id } }").body("data.leader", nullValue());
    }

    @Test
    void anOfficeCannotEndBeforeItBegins() {
        asEditor("mutation { createLeader(input: {name: \"Someone\", state: \"VNM\", offices: [{title: \"President\", "
                + "state: \"VNM\", from: \"2020\", to: \"2019-12\"}], " + CITE + "}) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("offices[0].to"));
    }

    @Test
    void officesAreFiledUnderTheCitationsThatSupportThem() {
        String create = "mutation { createLeader(input: {id: \"w-offices\", name: \"To Lam\", state: \"VNM\", "
                + "offices: [{title: \"General Secretary\", state: \"VNM\"}], sources: ["
                + "{source: \"article-003\", excerpt: \"the next CPV General Secretary\", supports: [\"name\", \"state\"]}%s]}) "
                + "{ id offices { sources { excerpt supports } } } }";
        asEditor(create.formatted(""))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("offices"));
        graphql("{ leader(name: \"To Lam\") { id } }").body("data.leader", nullValue());
        asEditor(create.formatted(", {source: \"article-003\", excerpt: \"Trong’s foreign policy legacy\", supports: [\"offices\"]}"))
                .body("errors", nullValue())
                .body("data.createLeader.offices[0].sources.excerpt", contains("Trong’s foreign policy legacy"))
                .body("data.createLeader.offices[0].sources[0].supports", contains("title", "state", "from", "to"));
        asEditor("mutation { deleteLeader(id: \"w-offices\", version: 0) }").body("data.deleteLeader", equalTo("w-offices"));
    }

    @Test
    void aLeaderWithVisitsIsInUse() {
        asEditor("mutation { deleteLeader(id: \"joe-biden\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("IN_USE"))
                .body("errors[0].extensions.usedBy", org.hamcrest.Matchers.hasKey("visits as guest"));
    }
}
