package org.bamboograph.visit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import io.smallrye.graphql.api.Nullable;
import org.bamboograph.agreement.Agreement;
import org.bamboograph.query.Batch;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.query.Ordering;
import org.bamboograph.paging.Page;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Rows;
import org.bamboograph.leader.Leader;
import org.bamboograph.source.Citation;
import org.bamboograph.source.Citations;
import org.bamboograph.source.Subject;
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

@GraphQLApi
public class VisitApi {

    @Query("visits")
    @NonNull
    @Description("Visits, in date order unless 'orderBy' says otherwise (by start, coarser dates first, undated "
            + "last; ties by id). 'guest' matches a leader's name or alias as leader(name:) does; 'hostState' takes a "
            + "state code; 'from'/'to' (ISO year, month or day) keep visits whose span overlaps the span from the "
            + "start of 'from' to the end of 'to'; an undated visit matches no date filter. 'city' matches the whole "
            + "city name and 'purpose' words in the purpose, both ignoring case and diacritics; 'resultedInAgreement' "
            + "keeps visits that an agreement came out of (true) or none did (false).")
    public VisitConnection visits(String guest, String hostState, String from, String to,
            @Name("city") String city, @Name("purpose") String purpose,
            @Name("resultedInAgreement") Boolean resultedInAgreement,
            @Nullable @Name("orderBy") List<@NonNull VisitOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, VisitOrder.DATE_ASC, "v", "id");
        QueryBuilder query = order.applyTo(
                new VisitFilter(guest, hostState, from, to, city, purpose, resultedInAgreement).query());
        Page<Visit> page = Page.of(Visit.readingNeighbours(query, "edges/node/"), Visit.class, first, after,
                order.tag());
        Visit.readAhead(page.items(), "edges/node/");
        return new VisitConnection(page);
    }

    @NonNull
    @Description("The leader who travelled.")
    public List<@NonNull Leader> guest(@Source List<Visit> visits) {
        return Batch.one(visits, v -> v.guestId, ids -> Rows.where(Leader.class, "id in :keys", ids), l -> l.id);
    }

    @NonNull
    @Description("The state visited.")
    public List<@NonNull State> hostState(@Source List<Visit> visits) {
        return Batch.one(visits, v -> v.hostStateCode,
                codes -> Rows.where(State.class, "code in :keys", codes), s -> s.code);
    }

    @Description("The leader who received the guest, where the sources say.")
    public List<Leader> host(@Source List<Visit> visits) {
        return Batch.one(visits, v -> v.hostId, ids -> Rows.where(Leader.class, "id in :keys", ids), l -> l.id);
    }

    @NonNull
    @Description("Agreements that came out of the visit, in date order.")
    public List<@NonNull List<@NonNull Agreement>> resultingAgreements(@Source List<Visit> visits) {
        return Batch.many(visits, v -> v.id, ids -> Agreement.listReadingParties("a.visitId in :ids", ids, ""),
                a -> a.visitId);
    }

    @NonNull
    @Description("Statements made at or about the visit, in date order.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Visit> visits) {
        return Batch.many(visits, v -> v.id,
                ids -> Rows.where(Statement.class, "visitId in :keys order by " + DatedEntity.DATE_ORDER, ids),
                s -> s.visitId);
    }

    @NonNull
    @Name("sources")
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
