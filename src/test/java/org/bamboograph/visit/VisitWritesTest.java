package org.bamboograph.visit;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
class VisitWritesTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"Trong invited Xi to visit Vietnam\", supports: [\"guest\", \"hostState\", \"host\", \"city\", \"date\", \"endDate\", \"purpose\"]}]";

    @Test
    void aVisitIsCreatedReadBackUpdatedAndDeleted() {
        asEditor("mutation { createVisit(input: {id: \"w-visit\", guest: \"xi-jinping\", hostState: \"vnm\", "
                + "host: \"nguyen-phu-trong\", city: \"Hanoi\", date: \"2015-11-05\", endDate: \"2015-11-06\", "
                + "purpose: \"State visit\", " + CITE + "}) { id version date endDate hostState { code } "
                + "host { name } sources { excerpt source { id } } } }")
                .body("errors", nullValue())
                .body("data.createVisit.hostState.code", equalTo("VNM"))
                .body("data.createVisit.host.name", equalTo("Nguyen Phu Trong"))
                .body("data.createVisit.sources.excerpt", contains("Trong invited Xi to visit Vietnam"));
        graphql("{ visits(guest: \"Xi Jinping\", from: \"2015-11-06\", to: \"2015-11-06\") { edges { node { id } } } }")
                .body("data.visits.edges.node.id", contains("w-visit"));
        asEditor("mutation { updateVisit(id: \"w-visit\", version: 0, input: {guest: \"xi-jinping\", hostState: \"VNM\", "
                + "date: \"2015-11\", sources: [{source: \"article-000\", excerpt: \"Xi Jinping visited Hanoi\", supports: [\"guest\", \"hostState\", \"date\"]}]}) "
                + "{ version date endDate city sources { source { id } } } }")
                .body("errors", nullValue())
                .body("data.updateVisit.version", equalTo(1))
                .body("data.updateVisit.date", equalTo("2015-11"))
                .body("data.updateVisit.endDate", nullValue())
                .body("data.updateVisit.sources", hasSize(2));
        asEditor("mutation { deleteVisit(id: \"w-visit\", version: 1) }").body("data.deleteVisit", equalTo("w-visit"));
        graphql("{ visits(guest: \"Xi Jinping\", from: \"2015\", to: \"2015\") { totalCount } }")
                .body("data.visits.totalCount", equalTo(0));
    }

    @Test
    void attachingAnAgreementMakesTheVisitInUse() {
        asEditor("mutation { createVisit(input: {id: \"w-attach\", guest: \"vladimir-putin\", hostState: \"VNM\", "
                + CITE + "}) { id } }").body("errors", nullValue());
        String agreement = "mutation { createAgreement(input: {id: \"%s\", title: \"Test agreement\", kind: OTHER, "
                + "parties: [\"RUS\", \"VNM\"], " + CITE.replace("[\"guest\", \"hostState\", \"host\", \"city\", \"date\", \"endDate\", \"purpose\"]", "%s")
                + "}) { id } }";
        asEditor(agreement.formatted("w-attach-unsupported", "[\"parties\"]")).body("errors", nullValue());
        asEditor(agreement.formatted("w-attach-agreement", "[\"parties\", \"visit\"]")).body("errors", nullValue());
        // The tie to the visit is a stated field: an agreement whose citations do not support it is not attached.
        asEditor("mutation { attachToVisit(visit: \"w-attach\", agreements: [\"w-attach-unsupported\"]) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("agreements"))
                .body("errors[0].message", containsString("supports its visit"));
        asEditor("mutation { attachToVisit(visit: \"w-attach\", agreements: [\"w-attach-agreement\"]) "
                + "{ resultingAgreements { id } } }")
                .body("data.attachToVisit.resultingAgreements.id", contains("w-attach-agreement"));
        asEditor("mutation { deleteVisit(id: \"w-attach\", version: 0) }")
                .body("errors[0].extensions.code", equalTo("IN_USE"))
                .body("errors[0].extensions.usedBy.agreements", equalTo(1));
        asEditor("mutation { attachToVisit(visit: \"w-attach\", agreements: [\"no-such\"]) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("agreements"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "guest: \"nobody\", hostState: \"VNM\"                                         | guest",
            "guest: \"joe-biden\", hostState: \"XXX\"                                      | hostState",
            "guest: \"joe-biden\", hostState: \"VNM\", host: \"joe-biden\"                 | host",
            "guest: \"joe-biden\", hostState: \"VNM\", date: \"2023-02-30\"                | date",
            "guest: \"joe-biden\", hostState: \"VNM\", date: \"2023-09\", endDate: \"2023-08\" | endDate",
            "guest: \"joe-biden\", hostState: \"VNM\", endDate: \"2023-08\"                | endDate" })
    void aBrokenRuleNamesTheFieldAndWritesNothing(String fields, String field) {
        int before = graphql("{ visits(first: 0) { totalCount } }").extract().path("data.visits.totalCount");
        asEditor("mutation { createVisit(input: {" + fields + ", " + CITE + "}) { id } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("input"))
                .body("errors[0].extensions.field", equalTo(field));
        graphql("{ visits(first: 0) { totalCount } }").body("data.visits.totalCount", equalTo(before));
    }

    @Test
    void everyWriteCitesASource() {
        asEditor("mutation { createVisit(input: {guest: \"joe-biden\", hostState: \"VNM\", sources: []}) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("sources"));
        asEditor("mutation { createVisit(input: {guest: \"joe-biden\", hostState: \"VNM\", "
                + "sources: [{source: \"no-such-source\", excerpt: \"x\", supports: [\"date\"]}]}) { id } }")
                .body("errors[0].extensions.field", equalTo("sources[0].source"));
        asEditor("mutation { createVisit(input: {guest: \"joe-biden\", hostState: \"VNM\", "
                + "sources: [{source: \"article-000\", excerpt: \"  \", supports: [\"date\"]}]}) { id } }")
                .body("errors[0].extensions.field", equalTo("sources[0].excerpt"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        asEditor("mutation { createVisit(input: {id: \"w-stale\", guest: \"joe-biden\", hostState: \"JPN\", " + CITE
                + "}) { id } }").body("errors", nullValue());
        String update = "mutation($c: String) { updateVisit(id: \"w-stale\", version: 0, input: {guest: \"joe-biden\", "
                + "hostState: \"JPN\", city: $c, " + CITE + "}) { version city } }";
        asEditor(update, Map.of("c", "Tokyo")).body("data.updateVisit.version", equalTo(1));
        asEditor(update, Map.of("c", "Osaka"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.id", equalTo("w-stale"));
        graphql("{ visits(guest: \"Joe Biden\", hostState: \"JPN\") { edges { node { city } } } }")
                .body("data.visits.edges.node.city", hasItem("Tokyo"));
    }

    @Test
    void everyCitationNamesTheFieldsItSupports() {
        String visit = "mutation { createVisit(input: {id: \"w-supports\", guest: \"joe-biden\", hostState: \"VNM\", "
                + "city: \"Hanoi\", sources: [{source: \"article-000\", excerpt: \"Joe Biden had landed in the Vietnamese "
                + "capital\", supports: %s}]}) { id } }";
        asEditor(visit.formatted("[]"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("sources[0].supports"));
        asEditor(visit.formatted("[\"guest\", \"hostState\", \"city\", \"weather\"]"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("sources[0].supports[3]"));
        // A stated field the citations do not support is refused, and nothing is written.
        asEditor(visit.formatted("[\"guest\", \"hostState\"]"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("city"))
                .body("errors[0].message", containsString("no citation supports it"));
        graphql("{ visits(guest: \"Joe Biden\", hostState: \"VNM\", first: 100) { edges { node { id } } } }")
                .body("data.visits.edges.node.id", not(hasItem("w-supports")));
        asEditor(visit.formatted("[\"guest\", \"hostState\", \"city\"]").replace("{ id }", "{ id sources { supports note } }"))
                .body("errors", nullValue())
                .body("data.createVisit.sources[0].supports", contains("guest", "hostState", "city"))
                .body("data.createVisit.sources[0].note", nullValue());
    }

    @Test
    void aCitationGivenAgainWidensWhatItSupports() {
        String write = "mutation { %s(%sinput: {guest: \"joe-biden\", hostState: \"VNM\", date: \"2023\", "
                + "sources: [{source: \"article-003\", excerpt: \"Trong invited US President Joe Biden to Vietnam\", "
                + "supports: %s, note: \"read with the 2023 of the same sentence\"}]}) { version sources { supports note } } }";
        asEditor(write.formatted("createVisit", "", "[\"guest\", \"hostState\"]").replace("input: {", "input: {id: \"w-widen\", ")
                .replace("date: \"2023\", ", ""))
                .body("errors", nullValue());
        asEditor(write.formatted("updateVisit", "id: \"w-widen\", version: 0, ", "[\"date\"]"))
                .body("errors", nullValue())
                .body("data.updateVisit.sources", hasSize(1))
                .body("data.updateVisit.sources[0].supports", contains("guest", "hostState", "date"))
                .body("data.updateVisit.sources[0].note", equalTo("read with the 2023 of the same sentence"));
    }
}
