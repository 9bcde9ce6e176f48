package org.bamboograph.visit;

import java.util.List;
import java.util.Map;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.agreement.AgreementReads;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.leader.LeaderReads;
import org.bamboograph.query.Batch;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;

/**
 * Every read of a visit's neighbours, for the batch resolvers of {@link VisitApi} and for the read-ahead of whatever
 * lists visits: both load a field through the same method here, so they cannot drift apart. The field names are the
 * schema's; the resolvers carry them too.
 */
public final class VisitReads {

    public static final String GUEST = "guest";
    public static final String GUEST_STATE = "guestState";
    public static final String HOST_STATE = "hostState";
    public static final String HOST = "host";
    public static final String RESULTING_AGREEMENTS = "resultingAgreements";
    public static final String STATEMENTS = "statements";
    public static final String SOURCES = "sources";

    private VisitReads() {
    }

    public static List<Leader> guests(List<Visit> visits) {
        return Batch.one(visits, v -> v.guestId, ids -> Rows.where(Leader.class, "id in :keys", ids), l -> l.id);
    }

    public static List<State> guestStates(List<Visit> visits) {
        return Batch.one(visits, v -> v.guestStateCode, codes -> Rows.where(State.class, "code in :keys", codes),
                s -> s.code);
    }

    public static List<State> hostStates(List<Visit> visits) {
        return Batch.one(visits, v -> v.hostStateCode, codes -> Rows.where(State.class, "code in :keys", codes),
                s -> s.code);
    }

    public static List<Leader> hosts(List<Visit> visits) {
        return Batch.one(visits, v -> v.hostId, ids -> Rows.where(Leader.class, "id in :keys", ids), l -> l.id);
    }

    /** The agreements of each visit, with their parties read ahead where the client asked below {@code path}. */
    public static List<List<Agreement>> resultingAgreements(List<Visit> visits, String path) {
        return Batch.many(visits, v -> v.id,
                ids -> AgreementReads.listReadingParties("a.visitId in :ids", ids, path), a -> a.visitId);
    }

    public static List<List<Statement>> statements(List<Visit> visits) {
        return Batch.many(visits, v -> v.id,
                ids -> Rows.where(Statement.class, "visitId in :keys order by " + DatedEntity.DATE_ORDER, ids),
                s -> s.visitId);
    }

    /**
     * Makes a query over visits (alias "v") also read the guest (and the guest's state) and the host state, where the
     * client asked for them below {@code path} ("" under a field that lists visits,
     * {@link org.bamboograph.paging.Connection#NODES} under a connection): they then cost the request no statement of
     * their own.
     */
    public static QueryBuilder readingNeighbours(QueryBuilder query, String path) {
        if (Selection.asks(path + GUEST)) {
            // The guest's state comes one join further; its answer belongs to the guest read in the same row, which
            // the guest's attach hands on (rows are attached one at a time, each neighbour in the order added).
            Leader[] guestOfRow = new Leader[1];
            query.alsoRead("left join Leader vg on vg.id = v.guestId", "vg", (Visit v, Leader l) -> {
                guestOfRow[0] = l;
                ReadAhead.put(v, GUEST, l);
            });
            if (Selection.asks(path + GUEST + "/" + LeaderReads.STATE)) {
                query.alsoRead("left join State vgs on vgs.code = vg.stateCode", "vgs", (Visit v, State s) -> {
                    if (guestOfRow[0] != null) {
                        ReadAhead.put(guestOfRow[0], LeaderReads.STATE, s);
                    }
                });
            }
        }
        if (Selection.asks(path + HOST_STATE)) {
            query.alsoRead("left join State vh on vh.code = v.hostStateCode", "vh",
                    (Visit v, State s) -> ReadAhead.put(v, HOST_STATE, s));
        }
        return query;
    }

    /**
     * Visits matching {@code condition} on "v" with its parameters, in date order, with the neighbours and agreements
     * the client asked for below {@code path}.
     */
    public static List<Visit> list(String condition, Map<String, Object> params, String path) {
        return readAhead(readingNeighbours(new QueryBuilder("Visit v").where(condition, params)
                .orderBy(DatedEntity.dateOrder("v")), path).list(Visit.class), path);
    }

    /**
     * Reads the agreements that came out of these visits, with their parties, when the client asked for them below
     * {@code path}: the one statement the field's batch loader would run, without the DataLoader round.
     */
    public static List<Visit> readAhead(List<Visit> visits, String path) {
        if (visits.isEmpty() || !Selection.asks(path + RESULTING_AGREEMENTS)) {
            return visits;
        }
        List<List<Agreement>> agreements = resultingAgreements(visits, path + RESULTING_AGREEMENTS + "/");
        for (int i = 0; i < visits.size(); i++) {
            ReadAhead.put(visits.get(i), RESULTING_AGREEMENTS, agreements.get(i));
        }
        return visits;
    }
}
