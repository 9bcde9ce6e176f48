package org.bamboograph.agreement;

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
class AgreementWritesTest {

    private static final String CITE = "sources: [{source: \"article-000\", excerpt: \"Singapore and Indonesia are "
            + "reportedly next on the list of strategic partners\", supports: [\"title\", \"kind\", \"date\", \"parties\", \"visit\", \"supersedes\"]}]";

    @Test
    void aNewPartnershipStandsFromItsDate() {
        asEditor("mutation { createAgreement(input: {id: \"w-sgp\", title: \"Singapore–Vietnam partnership\", "
                + "kind: COMPREHENSIVE_STRATEGIC_PARTNERSHIP, date: \"2025-03-12\", parties: [\"SGP\", \"VNM\"], "
                + CITE + "}) { id version parties { code } } }")
                .body("errors", nullValue());
        graphql("{ partnerships(state: \"VNM\", asOf: \"2025-03-11\") { partner { code } } }")
                .body("data.partnerships.partner.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SGP")));
        graphql("{ partnerships(state: \"VNM\", asOf: \"2025-03-12\") { partner { code } } }")
                .body("data.partnerships.partner.code", org.hamcrest.Matchers.hasItem("SGP"));
        // Superseded agreements cannot be deleted from under the agreements that upgraded them.
        asEditor("mutation { deleteAgreement(id: \"usa-vnm-comprehensive-partnership-2013\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("IN_USE"));
        asEditor("mutation { deleteAgreement(id: \"w-sgp\", version: 0) }").body("data.deleteAgreement", equalTo("w-sgp"));
    }

    @Test
    void partiesMustBeTwoDifferentKnownStates() {
        asEditor("mutation { createAgreement(input: {title: \"x\", kind: OTHER, parties: [\"VNM\", \"vnm\"], " + CITE
                + "}) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("parties"));
        asEditor("mutation { createAgreement(input: {title: \"x\", kind: OTHER, parties: [\"VNM\", \"ATL\"], " + CITE
                + "}) { id } }")
                .body("errors[0].extensions.field", equalTo("parties[1]"));
    }

    @Test
    void anAgreementCannotSupersedeItselfThroughOthers() {
        asEditor("mutation { createAgreement(input: {id: \"w-a\", title: \"A\", kind: OTHER, parties: [\"SGP\", \"VNM\"], "
                + CITE + "}) { id } }").body("errors", nullValue());
        asEditor("mutation { createAgreement(input: {id: \"w-b\", title: \"B\", kind: OTHER, parties: [\"SGP\", \"VNM\"], "
                + "supersedes: \"w-a\", " + CITE + "}) { id supersedes { id } } }")
                .body("data.createAgreement.supersedes.id", equalTo("w-a"));
        asEditor("mutation { updateAgreement(id: \"w-a\", version: 0, input: {title: \"A\", kind: OTHER, "
                + "parties: [\"SGP\", \"VNM\"], supersedes: \"w-b\", " + CITE + "}) { id } }")
                .body("data", nullValue())
                .body("errors[0].extensions.field", equalTo("supersedes"));
    }
}
