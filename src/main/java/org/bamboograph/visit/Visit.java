package org.bamboograph.visit;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.bamboograph.graphql.DatedEntity;
import org.bamboograph.graphql.QueryBuilder;
import org.bamboograph.graphql.Selection;
import org.bamboograph.leader.Leader;
import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "visit")
@Description("A leader's trip to a host state, special envoys' missions included.")
public class Visit extends DatedEntity {

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

    /** The guest, when the statement that read this visit read it too; else null and guest loads it. */
    @Ignore
    @Transient
    public Leader guestRead;

    /** The host state, when the statement that read this visit read it too; else null and hostState loads it. */
    @Ignore
    @Transient
    public State hostStateRead;

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

    /** The guest read with this visit, unless a write has since changed who the guest is. */
    Leader guestAsRead() {
        return guestRead != null && guestRead.id.equals(guestId) ? guestRead : null;
    }

    /** The host state read with this visit, unless a write has since changed it. */
    State hostStateAsRead() {
        return hostStateRead != null && hostStateRead.code.equals(hostStateCode) ? hostStateRead : null;
    }

    /** Visits matching {@code condition} on "v" with its parameters, in date order, with their asked-for neighbours. */
    public static List<Visit> listReadingNeighbours(String condition, Map<String, Object> params) {
        return readingNeighbours(new QueryBuilder("Visit v").where(condition, params)
                .orderBy(DatedEntity.dateOrder("v")), "").list(Visit.class);
    }

    @Override
    protected String endDateText() {
        return endDate;
    }
}
