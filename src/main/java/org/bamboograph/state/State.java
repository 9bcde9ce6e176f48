package org.bamboograph.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.bamboograph.live.GraphRecord;
import org.bamboograph.search.SearchResult;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "state")
@Description("A country, or an international actor that is party to agreements (the European Union).")
public class State extends PanacheEntityBase implements GraphRecord, SearchResult {

    @jakarta.persistence.Version
    @NonNull
    @Description("Counts the changes to this record. An update or delete names the version it read; if the record "
            + "changed since, the write is refused with CONFLICT instead of overwriting someone else's edit.")
    public int version;

    @jakarta.persistence.Id
    @Column(length = 16)
    @NonNull
    @Description("ISO 3166-1 alpha-3 code for a country (VNM, USA, CHN); a stable upper-case code for others (EU).")
    public String code;

    @NonNull
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    public StateKind kind;

    @Ignore
    public String origin;

    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The same as code.")
    public String getId() {
        return code;
    }
}
