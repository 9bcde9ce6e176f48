package org.bamboograph.leader;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;
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
public class LeaderApi {

    @Query("leader")
    @Description("The leader with this name or alias, ignoring case, diacritics and extra spaces, or with this id; "
            + "give exactly one of the two. Where no name or alias matches exactly, the short form matches: first "
            + "and last word, without initials, parentheses and suffixes (\"John Kerry\" finds \"John Forbes "
            + "Kerry\"). Null if none. A name that fits several leaders is an error listing them "
            + "(extensions.candidates, extensions.candidateLeaders with their ids); ask again by id.")
    public Leader leader(@Name("name") String name, @org.eclipse.microprofile.graphql.Id @Name("id") String id) {
        if ((name == null) == (id == null)) {
            throw new BadUserInputException(name == null ? "name" : "id",
                    "give exactly one of 'name' and 'id'");
        }
        List<Leader> matches = name != null ? Leader.matching(name)
                : LeaderReads.byId(id);
        if (matches.size() > 1) {
            throw new BadUserInputException("name", "'" + name + "' fits " + matches.size() + " leaders: "
                    + matches.stream().map(l -> l.name + " (id " + l.id + ")").collect(Collectors.joining(", "))
                    + ". Ask for one by its id, or by a fuller name.")
                    .with("candidates", matches.stream().map(l -> l.name).toList())
                    .with("candidateLeaders", Candidates.of(matches));
        }
        if (matches.isEmpty()) {
            return null;
        }
        return LeaderReads.readAhead(matches.get(0));
    }

    @Query("leaders")
    @NonNull
    @Description("Leaders, by name unless 'orderBy' says otherwise (ties by id). 'name' matches a name or alias as "
            + "leader(name:) does; 'state' takes a state code; 'office' matches words in the title of any office "
            + "held, ignoring case and diacritics (\"prime minister\").")
    public LeaderConnection leaders(String name, String state, @Name("office") String office,
            @Nullable @Name("orderBy") List<@NonNull LeaderOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, LeaderOrder.NAME_ASC, "l", "id");
        QueryBuilder query = order.applyTo(new LeaderFilter(name, state, office).query());
        return new LeaderConnection(Page.of(query, Leader.class, first, after, order.tag()));
    }

    @NonNull
    @Name(LeaderReads.ALIASES)
    @Description("Other spellings of the name that sources use.")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Leader> leaders) {
        return LeaderReads.aliases(leaders);
    }

    @NonNull
    @Name(LeaderReads.STATE)
    @Description("The state of the leader's latest office.")
    public List<@NonNull State> state(@Source List<Leader> leaders) {
        return LeaderReads.states(leaders);
    }

    @NonNull
    @Name(LeaderReads.OFFICES)
    @Description("Offices the leader held, as far as the sources say.")
    public List<@NonNull List<@NonNull Office>> offices(@Source List<Leader> leaders) {
        return LeaderReads.offices(leaders);
    }

    @NonNull
    @Name(LeaderReads.VISITS)
    @Description("The leader's trips as a guest, in date order.")
    public List<@NonNull List<@NonNull Visit>> visits(@Source List<Leader> leaders) {
        return LeaderReads.visits(leaders);
    }

    @NonNull
    @Name(LeaderReads.HOSTED_VISITS)
    @Description("Visits at which the leader received the guest, in date order.")
    public List<@NonNull List<@NonNull Visit>> hostedVisits(@Source List<Leader> leaders) {
        return LeaderReads.hostedVisits(leaders);
    }

    @NonNull
    @Name(LeaderReads.STATEMENTS)
    @Description("What the leader said on the record, alone or jointly, in date order.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Leader> leaders) {
        return LeaderReads.statements(leaders);
    }

    @NonNull
    @Name(LeaderReads.SOURCES)
    @Description("Citations that support who the leader is.")
    public List<@NonNull List<@NonNull Citation>> leaderSources(@Source List<Leader> leaders) {
        return Citations.of(Subject.LEADER, leaders, l -> l.id);
    }

    @NonNull
    @Name("state")
    @Description("The state the office was held in.")
    public List<@NonNull State> officeState(@Source List<Office> offices) {
        return LeaderReads.officeStates(offices);
    }

    @NonNull
    @Name("sources")
    @Description("Citations that support the office and its dates.")
    public List<@NonNull List<@NonNull Citation>> officeSources(@Source List<Office> offices) {
        return Citations.of(Subject.OFFICE, offices, o -> o.id);
    }

    @Inject
    LeaderWrites leaderWrites;

    @Mutation("createLeader")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates a Leader, citing at least one source. Editors only.")
    public Leader createLeader(@NonNull @Name("input") LeaderInput input) {
        return leaderWrites.create(input);
    }

    @Mutation("updateLeader")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes a Leader, citing at least one source for the change. 'version' is the version you read: "
            + "if the Leader changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Leader updateLeader(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") LeaderInput input) {
        return leaderWrites.update(id, version, input);
    }

    @Mutation("deleteLeader")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes a Leader and its citations, and answers its id. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteLeader(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return leaderWrites.delete(id, version);
    }
}
