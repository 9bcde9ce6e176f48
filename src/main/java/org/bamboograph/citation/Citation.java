package org.bamboograph.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The evidence for facts of one record: a source, the verbatim excerpt of it, and which fields of the record the excerpt
 * supports. One table serves every kind of record, keyed by subject kind and id, so that all citations of a level load
 * in one query.
 */
@Entity
@Table(name = "citation")
@Description("The evidence for a fact: the source and a verbatim excerpt of it that supports the fact.")
public class Citation extends PanacheEntityBase {

    @Ignore
    @jakarta.persistence.Id
    public String id;

    @Ignore
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public Subject subjectType;

    @Ignore
    @Column(name = "subject_id")
    public String subjectId;

    @Ignore
    @Column(name = "source_id")
    public String sourceId;

    @NonNull
    @Description("Words of the source, quoted exactly.")
    public String excerpt;

    @Description("Where in the source the fact stands, where the excerpt alone does not say: a dataset's file and "
            + "record id, for example.")
    public String locator;

    @Ignore
    @Column(name = "supports")
    public String supportsText = "";

    @Description("Where the support needs two passages of the sources read together: which, and how they are read.")
    public String note;

    @Ignore
    public int position;

    @Ignore
    public String origin;

    @NonNull
    @Description("The fields of the record this evidence supports, by their names in this schema (\"date\", \"host\", "
            + "\"parties\" …). A stated field that no citation of its record supports is not served: it is null.")
    public List<@NonNull String> getSupports() {
        return Supports.split(supportsText);
    }
}
