package org.bamboograph.visit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.paging.Connection;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Batch;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class VisitApi {

    @Query("visits")
    @NonNull
    @Description("Visits, in date order unless 'orderBy' says otherwise (by start, coarser dates first, undated "
            + "last; ties by id). 'guest' matches a leader's name or alias as leader(name:) does; 'guestState' (the "
            + "state the guest travelled for) and 'hostState' take state codes; 'from'/'to' (ISO year, month or day) "
            + "keep visits whose span overlaps the span from the start of 'from' to the end of 'to'; an undated visit "
            + "matches no date filter. 'city' matches the whole city name and 'purpose' words in the purpose, both "
            + "ignoring case and diacritics; 'resultedInAgreement' keeps visits that an agreement came out of (true) "
            + "or none did (false).")
    public VisitConnection visits(String guest, String guestState, String hostState, String from, String to,
            @Name("city") String city, @Name("purpose") String purpose,
            @Name("resultedInAgreement") Boolean resultedInAgreement,
            @Nullable @Name("orderBy") List<@NonNull VisitOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, VisitOrder.DATE_ASC, "v", "id");
        QueryBuilder query = order.applyTo(
                new VisitFilter(guest, guestState, hostState, from, to, city, purpose, resultedInAgreement).query());
        Page<Visit> page = Page.of(VisitReads.readingNeighbours(query, Connection.NODES), Visit.class, first, after,
                order.tag());
        VisitReads.readAhead(page.items(), Connection.NODES);
        return new VisitConnection(page);
    }

    @NonNull
    @Name(VisitReads.GUEST)
    @Description("The leader who travelled.")
    public List<@NonNull Leader> guest(@Source List<Visit> visits) {
        return VisitReads.guests(visits);
    }

    @NonNull
    @Name(VisitReads.GUEST_STATE)
    @Description("The state the guest travelled for on this visit: the state of the office the guest held then, which "
            + "need not be the guest's state today (a leader of Czechoslovakia, later of the Czech Republic).")
    public List<@NonNull State> guestState(@Source List<Visit> visits) {
        return VisitReads.guestStates(visits);
    }

    @NonNull
    @Name(VisitReads.HOST_STATE)
    @Description("The state visited.")
    public List<@NonNull State> hostState(@Source List<Visit> visits) {
        return VisitReads.hostStates(visits);
    }

    @Name(VisitReads.HOST)
    @Description("The leader who received the guest, where the sources say.")
    public List<Leader> host(@Source List<Visit> visits) {
        return VisitReads.hosts(visits);
    }

    @NonNull
    @Name(VisitReads.RESULTING_AGREEMENTS)
    @Description("Agreements that came out of the visit, in date order.")
    public List<@NonNull List<@NonNull Agreement>> resultingAgreements(@Source List<Visit> visits) {
        return VisitReads.resultingAgreements(visits, "");
    }

    @NonNull
    @Name(VisitReads.STATEMENTS)
    @Description("Statements made at or about the visit, in date order.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Visit> visits) {
        return VisitReads.statements(visits);
    }

    @NonNull
    @Name(VisitReads.SOURCES)
    @Description("Citations that support the visit.")
    public List<@NonNull List<@NonNull Citation>> visitSources(@Source List<Visit> visits) {
        return Citations.of(Subject.VISIT, visits, v -> v.id);
    }

    @Inject
    VisitWrites visitWrites;

    @Mutation("createVisit")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates a Visit, citing at least one source. Editors only.")
    public Visit createVisit(@NonNull @Name("input") VisitInput input) {
        return visitWrites.create(input);
    }

    @Mutation("updateVisit")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes a Visit, citing at least one source for the change. 'version' is the version you read: "
            + "if the Visit changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Visit updateVisit(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") VisitInput input) {
        return visitWrites.update(id, version, input);
    }

    @Mutation("deleteVisit")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes a Visit and its citations, and answers its id. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteVisit(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return visitWrites.delete(id, version);
    }

    @Mutation("attachToVisit")
    @RolesAllowed("editor")
    @NonNull
    @Description("Records that agreements and statements came out of a visit. Editors only.")
    public Visit attachToVisit(@NonNull @org.eclipse.microprofile.graphql.Id @Name("visit") String visit,
            @Name("agreements") List<String> agreements,
            @Name("statements") List<String> statements) {
        return visitWrites.attach(visit, agreements, statements);
    }
}
