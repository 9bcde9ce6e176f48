package org.bamboograph.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.live.GraphRecord;
import org.bamboograph.search.SearchResult;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "statement")
@Description("Something said on the record, quoted verbatim from its source.")
public class Statement extends DatedEntity implements GraphRecord, SearchResult {

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @NonNull
    @Description("The words, exactly as the source quotes them.")
    public String text;

    @Ignore
    @Column(name = "text_key")
    public String textKey;

    @NonNull
    @Column(name = "speaker_name")
    @Description("Who said it, for display; set even where the speaker is not a Leader of this graph.")
    public String speakerName;

    @Ignore
    @Column(name = "speaker_name_key")
    public String speakerNameKey;

    @Ignore
    @Column(name = "visit_id")
    public String visitId;

    @Ignore
    @Column(name = "agreement_id")
    public String agreementId;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "statement_speaker", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    @Column(name = "leader_id")
    public List<String> speakerIds = new ArrayList<>();

    @Ignore
    @ElementCollection
    @CollectionTable(name = "statement_about", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "state_code")
    public List<String> aboutCodes = new ArrayList<>();

    @Ignore
    public String origin;
}
