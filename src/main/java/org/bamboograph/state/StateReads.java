package org.bamboograph.state;

import java.util.List;
import java.util.Map;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;
import org.bamboograph.visit.Visit;
import org.bamboograph.visit.VisitReads;

/** Every read of a state's neighbours, for the batch resolvers of {@link StateApi}. */
public final class StateReads {

    public static final String LEADERS = "leaders";
    public static final String AGREEMENTS = "agreements";
    public static final String VISITS_RECEIVED = "visitsReceived";
    public static final String SOURCES = "sources";

    private StateReads() {
    }

    /** A query rather than a lookup by id, so that the statement carries the request's timeout (Rows). */
    public static State byCode(String code) {
        return Rows.select("from State s where s.code = :code", State.class, Map.of("code", code))
                .stream().findFirst().orElse(null);
    }

    /** Leaders whose latest office is with each state, by name. */
    public static List<List<Leader>> leaders(List<State> states) {
        return Batch.many(states, s -> s.code,
                codes -> Rows.where(Leader.class, "stateCode in :keys order by name, id", codes), l -> l.stateCode);
    }

    public static List<List<Agreement>> agreements(List<State> states) {
        return Batch.pairs(states, s -> s.code, codes -> Rows.select(
                "select p, a from Agreement a join a.partyCodes p where p in :codes order by "
                        + DatedEntity.dateOrder("a"), Object[].class, Map.of("codes", codes)));
    }

    public static List<List<Visit>> visitsReceived(List<State> states) {
        return Batch.many(states, s -> s.code,
                codes -> VisitReads.list("v.hostStateCode in :codes", Map.of("codes", codes), ""),
                v -> v.hostStateCode);
    }
}
