package org.bamboograph.state;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.leader.Leader;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
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
public class StateApi {

    @Query("state")
    @Description("The state with this code (VNM, USA, EU …), or null if there is none.")
    public State state(@NonNull @Name("code") String code) {
        return StateReads.byCode(StateCode.normalize(code));
    }

    @Query("states")
    @NonNull
    @Description("States, by code unless 'orderBy' says otherwise. 'kind' keeps countries or organizations; 'name' "
            + "matches words in the name, ignoring case and diacritics.")
    public StateConnection states(@Name("kind") StateKind kind, @Name("name") String name,
            @Nullable @Name("orderBy") List<@NonNull StateOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, StateOrder.CODE_ASC, "s", "code");
        QueryBuilder query = order.applyTo(new StateFilter(kind, name).query());
        return new StateConnection(Page.of(query, State.class, first, after, order.tag()));
    }

    @NonNull
    @Name(StateReads.LEADERS)
    @Description("Leaders whose latest office is with this state, by name.")
    public List<@NonNull List<@NonNull Leader>> leaders(@Source List<State> states) {
        return StateReads.leaders(states);
    }

    @NonNull
    @Name(StateReads.AGREEMENTS)
    @Description("Agreements this state is party to, in date order.")
    public List<@NonNull List<@NonNull Agreement>> agreements(@Source List<State> states) {
        return StateReads.agreements(states);
    }

    @NonNull
    @Name(StateReads.VISITS_RECEIVED)
    @Description("Visits this state hosted, in date order.")
    public List<@NonNull List<@NonNull Visit>> visitsReceived(@Source List<State> states) {
        return StateReads.visitsReceived(states);
    }

    @NonNull
    @Name(StateReads.SOURCES)
    @Description("Citations that support this state's place in the graph.")
    public List<@NonNull List<@NonNull Citation>> stateSources(@Source List<State> states) {
        return Citations.of(Subject.STATE, states, s -> s.code);
    }

    @Inject
    StateWrites stateWrites;

    @Mutation("createState")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates a State, citing at least one source. Editors only.")
    public State createState(@NonNull @Name("input") StateInput input) {
        return stateWrites.create(input);
    }

    @Mutation("updateState")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes a State, citing at least one source for the change. 'version' is the version you read: "
            + "if the State changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public State updateState(@NonNull @org.eclipse.microprofile.graphql.Id @Name("code") String code,
            @Name("version") int version, @NonNull @Name("input") StateInput input) {
        return stateWrites.update(code, version, input);
    }

    @Mutation("deleteState")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes a State and its citations, and answers its code. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteState(@NonNull @org.eclipse.microprofile.graphql.Id @Name("code") String code,
            @Name("version") int version) {
        return stateWrites.delete(code, version);
    }
}
