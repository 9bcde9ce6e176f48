package org.bamboograph.leader;

import java.util.List;
import java.util.Map;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.query.Batch;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.bamboograph.visit.VisitReads;

/**
 * Every read of a leader's neighbours, for the batch resolvers of {@link LeaderApi} and for the read-ahead of
 * {@code leader(...)}, the core traversal. The field names are the schema's; the resolvers carry them too.
 */
public final class LeaderReads {

    public static final String ALIASES = "aliases";
    public static final String STATE = "state";
    public static final String OFFICES = "offices";
    public static final String VISITS = "visits";
    public static final String HOSTED_VISITS = "hostedVisits";
    public static final String STATEMENTS = "statements";
    public static final String SOURCES = "sources";

    private LeaderReads() {
    }

    /** The distinct aliases of each leader, in the sources' order. */
    /** A query rather than a lookup by id, so that the statement carries the request's timeout (Rows). */
    public static List<Leader> byId(String id) {
        return Rows.select("from Leader l where l.id = :id", Leader.class, Map.of("id", id));
    }

    public static List<List<String>> aliases(List<Leader> leaders) {
        List<List<String>> names = Batch.pairs(leaders, l -> l.id, ids -> Rows.select(
                "select l.id, a.name from Leader l join l.aliases a where l.id in :ids order by a.position",
                Object[].class, Map.of("ids", ids)));
        return names.stream().map(list -> list.stream().distinct().toList()).toList();
    }

    public static List<State> states(List<Leader> leaders) {
        return Batch.one(leaders, l -> l.stateCode, codes -> Rows.where(State.class, "code in :keys", codes),
                s -> s.code);
    }

    public static List<List<Office>> offices(List<Leader> leaders) {
        return Batch.many(leaders, l -> l.id,
                ids -> Rows.where(Office.class, "leaderId in :keys order by leaderId, position", ids), o -> o.leaderId);
    }

    public static List<List<Visit>> visits(List<Leader> leaders) {
        return Batch.many(leaders, l -> l.id,
                ids -> VisitReads.list("v.guestId in :ids", Map.of("ids", ids), ""), v -> v.guestId);
    }

    public static List<List<Visit>> hostedVisits(List<Leader> leaders) {
        return Batch.many(leaders, l -> l.id,
                ids -> VisitReads.list("v.hostId in :ids", Map.of("ids", ids), ""), v -> v.hostId);
    }

    public static List<List<Statement>> statements(List<Leader> leaders) {
        return Batch.pairs(leaders, l -> l.id, ids -> Rows.select(
                "select sp, s from Statement s join s.speakerIds sp where sp in :ids order by "
                        + DatedEntity.dateOrder("s"), Object[].class, Map.of("ids", ids)));
    }

    public static List<State> officeStates(List<Office> offices) {
        return Batch.one(offices, o -> o.stateCode, codes -> Rows.where(State.class, "code in :keys", codes),
                s -> s.code);
    }

    /**
     * Reads the visits of the one leader a query answers, and what came of them, level by level here rather than by
     * DataLoaders, where the client asked for them.
     */
    public static Leader readAhead(Leader leader) {
        if (Selection.asks(VISITS)) {
            ReadAhead.put(leader, VISITS, VisitReads.list("v.guestId = :id", Map.of("id", leader.id), VISITS + "/"));
        }
        return leader;
    }
}
