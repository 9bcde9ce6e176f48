package org.bamboograph.agreement;

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
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;
import org.bamboograph.search.SearchResult;
import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "agreement")
@Description("What two or more parties sealed: a partnership, a treaty, a joint statement.")
public class Agreement extends DatedEntity implements GraphRecord, SearchResult {

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @NonNull
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;

    @Ignore
    @Column(name = "visit_id")
    public String visitId;

    @Ignore
    @Column(name = "supersedes_id")
    public String supersedesId;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "state_code")
    public List<String> partyCodes = new ArrayList<>();

    @Ignore
    public String origin;
}
