package org.bamboograph.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "source")
@Description("A published text that facts are taken from. Fields the text itself does not state are null.")
public class Source extends PanacheEntityBase implements org.bamboograph.live.GraphRecord {

    @jakarta.persistence.Version
    @NonNull
    @Description("Counts the changes to this record. An update or delete names the version it read; if the record "
            + "changed since, the write is refused with CONFLICT instead of overwriting someone else's edit.")
    public int version;

    @jakarta.persistence.Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public String id;

    @NonNull
    @Description("The headline, or for a text without one a description of it.")
    public String title;

    public String author;

    public String publisher;

    @Description("Publication date at the precision the text gives it.")
    public String published;

    public String url;

    @Ignore
    public String origin;
}
