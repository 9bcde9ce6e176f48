package org.bamboograph.agreement;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Batch;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.state.State;
import org.bamboograph.value.StateCode;
import org.bamboograph.visit.Visit;
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
public class AgreementApi {

    @Query("agreements")
    @NonNull
    @Description("Agreements, in date order unless 'orderBy' says otherwise (undated last; ties by id). 'party' "
            + "takes a state code; 'title' matches words in the title, ignoring case and diacritics; 'from'/'to' (ISO "
            + "year, month or day) keep agreements whose date's span overlaps the span from the start of 'from' to "
            + "the end of 'to'; an undated agreement matches no date filter.")
    public AgreementConnection agreements(AgreementKind kind, String party, String from, String to,
            @Name("title") String title, @Nullable @Name("orderBy") List<@NonNull AgreementOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, AgreementOrder.DATE_ASC, "a", "id");
        QueryBuilder query = order.applyTo(new AgreementFilter(kind, party, from, to, title).query());
        return new AgreementConnection(Page.of(query, Agreement.class, first, after, order.tag()));
    }

    @Query("partnerships")
    @NonNull
    @Description("For each partner of the state, the partnership (comprehensive strategic, strategic or "
            + "comprehensive) that stands at the instant 'asOf': a year or month means the end of its span. An "
            + "agreement stands once the end of its date's span is not after that instant, until one that supersedes "
            + "it stands. Without 'asOf': what stands today, undated agreements included. Ordered by the agreement's "
            + "date, then partner code.")
    public List<@NonNull Partnership> partnerships(@NonNull @Name("state") String state, String asOf) {
        return Partnerships.of(StateCode.normalize(state),
                asOf == null ? null : DateArguments.parseArgument("asOf", asOf).end());
    }

    @NonNull
    @Name(AgreementReads.PARTIES)
    @Description("The parties, by code.")
    public List<@NonNull List<@NonNull State>> parties(@Source List<Agreement> agreements) {
        return AgreementReads.parties(agreements);
    }

    @Name(AgreementReads.VISIT)
    @Description("The visit the agreement came out of, where the sources name one.")
    public List<Visit> visit(@Source List<Agreement> agreements) {
        return AgreementReads.visits(agreements);
    }

    @Name(AgreementReads.SUPERSEDES)
    @Description("The agreement this one upgraded or replaced.")
    public List<Agreement> supersedes(@Source List<Agreement> agreements) {
        return AgreementReads.superseded(agreements);
    }

    @NonNull
    @Name(AgreementReads.SOURCES)
    @Description("Citations that support the agreement.")
    public List<@NonNull List<@NonNull Citation>> agreementSources(@Source List<Agreement> agreements) {
        return Citations.of(Subject.AGREEMENT, agreements, a -> a.id);
    }

    @Inject
    AgreementWrites agreementWrites;

    @Mutation("createAgreement")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates an Agreement, citing at least one source. Editors only.")
    public Agreement createAgreement(@NonNull @Name("input") AgreementInput input) {
        return agreementWrites.create(input);
    }

    @Mutation("updateAgreement")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes an Agreement, citing at least one source for the change. 'version' is the version you read: "
            + "if the Agreement changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Agreement updateAgreement(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") AgreementInput input) {
        return agreementWrites.update(id, version, input);
    }

    @Mutation("deleteAgreement")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes an Agreement and its citations, and answers its id. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteAgreement(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return agreementWrites.delete(id, version);
    }
}
