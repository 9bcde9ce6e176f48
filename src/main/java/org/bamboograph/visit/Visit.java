package org.bamboograph.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.live.GraphRecord;
import org.bamboograph.query.Batch;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Selection;
import org.bamboograph.search.SearchResult;
import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "visit")
@Description("A leader's trip to a host state, special envoys' missions included.")
public class Visit extends DatedEntity implements GraphRecord, SearchResult {

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @Ignore
    @Column(name = "guest_id")
    public String guestId;

    /** The state the guest travelled for on this visit, which a leader's current state need not be. */
    @Ignore
    @Column(name = "guest_state_code")
    public String guestStateCode;

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

    @Override
    protected String endDateText() {
        return endDate;
    }
}
