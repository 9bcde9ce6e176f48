package org.bamboograph.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.live.GraphRecord;
import org.bamboograph.search.SearchResult;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "event")
@Description("Something that frames the diplomacy and is not a visit, agreement or statement: a war, a standoff, a congress.")
public class Event extends DatedEntity implements GraphRecord, SearchResult {

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @NonNull
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Column(name = "end_date_text", length = 10)
    @Description("Last day of the event, at the precision the source gives; null where the source gives none.")
    public String endDate;

    public String description;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "event_state", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "state_code")
    public List<String> stateCodes = new ArrayList<>();

    @Ignore
    public String origin;

    @Override
    protected String endDateText() {
        return endDate;
    }
}
