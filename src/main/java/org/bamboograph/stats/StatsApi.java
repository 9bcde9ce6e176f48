package org.bamboograph.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bamboograph.agreement.AgreementConnection;
import org.bamboograph.agreement.AgreementFilter;
import org.bamboograph.agreement.AgreementKind;
import org.bamboograph.event.EventConnection;
import org.bamboograph.event.EventFilter;
import org.bamboograph.leader.Leader;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;
import org.bamboograph.statement.StatementConnection;
import org.bamboograph.statement.StatementFilter;
import org.bamboograph.visit.VisitConnection;
import org.bamboograph.visit.VisitFilter;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Grouped counts over the list queries' filters; the counting is {@link Stats}'. */
@GraphQLApi
public class StatsApi {

    private static final String COUNTING = " Grouping runs in the database. A record counts in the year its span "
            + "starts (a visit of 30 December–2 January in the first year, a year-precision date in that year); "
            + "undated records form a group of their own (year: null). 'from'/'to' keep the records that overlap, as "
            + "the list queries do. Each group's connection pages through exactly the records it counted.";

    @Query("visitStats")
    @NonNull
    @Description("How many visits match the filters of visits(), per group of 'groupBy' (an empty list: one group of "
            + "all). 'guestState' is the state the guest travelled for on the visit." + COUNTING)
    public List<@NonNull VisitStat> visitStats(String guest, String guestState, String hostState, String from,
            String to, @NonNull @Name("groupBy") List<@NonNull VisitGroup> groupBy) {
        return Stats.visits(VisitFilter.query(guest, guestState, hostState, from, to), groupBy);
    }

    @Query("agreementStats")
    @NonNull
    @Description("How many agreements match the filters of agreements(), per group of 'groupBy'. PARTY counts an "
            + "agreement once for each of its parties, PARTY_PAIR once per unordered pair of its parties (keyed "
            + "'parties'); the two cannot be combined." + COUNTING)
    public List<@NonNull AgreementStat> agreementStats(AgreementKind kind, String party, String from, String to,
            @NonNull @Name("groupBy") List<@NonNull AgreementGroup> groupBy) {
        return Stats.agreements(AgreementFilter.query(kind, party, from, to), groupBy);
    }

    @Query("statementStats")
    @NonNull
    @Description("How many statements match the filters of statements() and the span from/to, per group of "
            + "'groupBy'. ABOUT counts a statement once per state it is about, SPEAKER once per speaking leader; "
            + "a statement about no state, or of no known leader, falls in the group whose key is null." + COUNTING)
    public List<@NonNull StatementStat> statementStats(String speaker, String about, String text, String from,
            String to, @NonNull @Name("groupBy") List<@NonNull StatementGroup> groupBy) {
        return Stats.statements(StatementFilter.query(speaker, about, text, from, to), groupBy);
    }

    @Query("eventStats")
    @NonNull
    @Description("How many events match the filters of events(), per group of 'groupBy'. STATE counts an event once "
            + "per state involved." + COUNTING)
    public List<@NonNull EventStat> eventStats(String state, String from, String to,
            @NonNull @Name("groupBy") List<@NonNull EventGroup> groupBy) {
        return Stats.events(EventFilter.query(state, from, to), groupBy);
    }

    @NonNull
    @Description("The visits of this group, in date order.")
    public List<@NonNull VisitConnection> visits(@Source List<VisitStat> stats, @DefaultValue("20") Integer first,
            String after) {
        return Grouping.<VisitStat, org.bamboograph.visit.Visit>pages(stats, first, after).stream()
                .map(VisitConnection::new).toList();
    }

    @NonNull
    @Description("The agreements of this group, in date order.")
    public List<@NonNull AgreementConnection> agreements(@Source List<AgreementStat> stats,
            @DefaultValue("20") Integer first, String after) {
        return Grouping.<AgreementStat, org.bamboograph.agreement.Agreement>pages(stats, first, after).stream()
                .map(AgreementConnection::new).toList();
    }

    @NonNull
    @Description("The statements of this group, in date order.")
    public List<@NonNull StatementConnection> statements(@Source List<StatementStat> stats,
            @DefaultValue("20") Integer first, String after) {
        return Grouping.<StatementStat, org.bamboograph.statement.Statement>pages(stats, first, after).stream()
                .map(StatementConnection::new).toList();
    }

    @NonNull
    @Description("The events of this group, in date order.")
    public List<@NonNull EventConnection> events(@Source List<EventStat> stats, @DefaultValue("20") Integer first,
            String after) {
        return Grouping.<EventStat, org.bamboograph.event.Event>pages(stats, first, after).stream()
                .map(EventConnection::new).toList();
    }

    @Description("The guest's state on the visits, when grouped by GUEST_STATE.")
    public List<State> guestState(@Source List<VisitStat> stats) {
        return states(stats, s -> s.guestStateCode);
    }

    @Description("The host state, when grouped by HOST_STATE.")
    public List<State> hostState(@Source List<VisitStat> stats) {
        return states(stats, s -> s.hostStateCode);
    }

    @Description("The guest, when grouped by GUEST.")
    public List<Leader> guest(@Source List<VisitStat> stats) {
        return leaders(stats, s -> s.guestId);
    }

    @Description("The party, when grouped by PARTY.")
    public List<State> party(@Source List<AgreementStat> stats) {
        return states(stats, s -> s.partyCode);
    }

    @Description("The two parties, in code order, when grouped by PARTY_PAIR.")
    public List<List<@NonNull State>> parties(@Source List<AgreementStat> stats) {
        Set<String> codes = new HashSet<>();
        stats.forEach(s -> {
            if (s.pairCodes != null) {
                codes.addAll(s.pairCodes);
            }
        });
        Map<String, State> byCode = codes.isEmpty() ? Map.of()
                : Rows.where(State.class, "code in :keys", codes).stream().collect(Collectors.toMap(s -> s.code, s -> s));
        List<List<State>> result = new ArrayList<>(stats.size());
        for (AgreementStat stat : stats) {
            result.add(stat.pairCodes == null ? null : stat.pairCodes.stream().map(byCode::get).toList());
        }
        return result;
    }

    @Description("The state the statements are about, when grouped by ABOUT.")
    public List<State> about(@Source List<StatementStat> stats) {
        return states(stats, s -> s.aboutCode);
    }

    @Description("The speaking leader, when grouped by SPEAKER.")
    public List<Leader> speaker(@Source List<StatementStat> stats) {
        return leaders(stats, s -> s.speakerId);
    }

    @Description("The state involved, when grouped by STATE.")
    public List<State> state(@Source List<EventStat> stats) {
        return states(stats, s -> s.stateCode);
    }

    private static <S> List<State> states(List<S> stats, Function<S, String> code) {
        return Batch.one(stats, code, codes -> Rows.where(State.class, "code in :keys", codes), s -> s.code);
    }

    private static <S> List<Leader> leaders(List<S> stats, Function<S, String> id) {
        return Batch.one(stats, id, ids -> Rows.where(Leader.class, "id in :keys", ids), l -> l.id);
    }
}
