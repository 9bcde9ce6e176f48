package org.bamboograph.visit;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.query.Batch;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Selection;
import org.bamboograph.state.State;
import org.bamboograph.search.SearchResult;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "visit")
@Description("A leader's trip to a host state, special envoys' missions included.")
public class Visit extends DatedEntity implements ReadAhead, SearchResult {

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @Ignore
    @Column(name = "guest_id")
    public String guestId;

    @Ignore
    @Column(name = "host_state_code")
    public String hostStateCode;

    @Ignore
    @Column(name = "host_id")
    public String hostId;

    public String city;

    @Column(name = "end_date_text", length = 10)
    @Description("Last day of the visit, at the precision the source gives; null for a visit known by one date. "
            + "The visit spans from the start of 'date' to the end of 'endDate'.")
    public String endDate;

    @Description("What the visit was for, in a few words.")
    public String purpose;

    @Ignore
    public String origin;

    /** The guest, when the statement that read this visit read it too. */
    @Ignore
    @Transient
    public Leader guestRead;

    /** The host state, when the statement that read this visit read it too. */
    @Ignore
    @Transient
    public State hostStateRead;

    /** The agreements that came out of this visit, when read ahead with it. */
    @Ignore
    @Transient
    public List<Agreement> agreementsRead;

    /** The guest, host state or agreements read with this visit; a guest or host state a write has changed is not. */
    @Override
    public Object readAhead(String field) {
        return switch (field) {
            case "guest" -> guestRead != null && guestRead.id.equals(guestId) ? guestRead : null;
            case "hostState" ->
                hostStateRead != null && hostStateRead.code.equals(hostStateCode) ? hostStateRead : null;
            case "resultingAgreements" -> agreementsRead;
            default -> null;
        };
    }

    /**
     * Makes a query over visits (alias "v") also read the guest and the host state, where the client asked for them
     * below {@code path} ("" under a field that lists visits, "edges/node/" under a connection): they then cost the
     * request no statement of their own.
     */
    public static QueryBuilder readingNeighbours(QueryBuilder query, String path) {
        if (Selection.asks(path + "guest")) {
            query.alsoRead("left join Leader vg on vg.id = v.guestId", "vg", (Visit v, Leader l) -> v.guestRead = l);
        }
        if (Selection.asks(path + "hostState")) {
            query.alsoRead("left join State vh on vh.code = v.hostStateCode", "vh",
                    (Visit v, State s) -> v.hostStateRead = s);
        }
        return query;
    }

    /**
     * Visits matching {@code condition} on "v" with its parameters, in date order, with the neighbours and agreements
     * the client asked for below {@code path}.
     */
    public static List<Visit> listReadingAhead(String condition, Map<String, Object> params, String path) {
        return readAhead(readingNeighbours(new QueryBuilder("Visit v").where(condition, params)
                .orderBy(DatedEntity.dateOrder("v")), path).list(Visit.class), path);
    }

    /**
     * Reads the agreements that came out of these visits, with their parties, when the client asked for them below
     * {@code path}: the one statement the field's batch loader would run, without the DataLoader round.
     */
    public static List<Visit> readAhead(List<Visit> visits, String path) {
        if (visits.isEmpty() || !Selection.asks(path + "resultingAgreements")) {
            return visits;
        }
        List<List<Agreement>> agreements = Batch.many(visits, v -> v.id,
                ids -> Agreement.listReadingParties("a.visitId in :ids", ids, path + "resultingAgreements/"),
                a -> a.visitId);
        for (int i = 0; i < visits.size(); i++) {
            visits.get(i).agreementsRead = agreements.get(i);
        }
        return visits;
    }

    @Override
    protected String endDateText() {
        return endDate;
    }
}
