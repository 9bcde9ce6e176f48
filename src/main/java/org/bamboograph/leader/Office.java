package org.bamboograph.leader;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "office")
@Description("An office a leader held, dated as far as the sources say.")
public class Office extends PanacheEntityBase {

    @Ignore
    @jakarta.persistence.Id
    public String id;

    @Ignore
    @Column(name = "leader_id")
    public String leaderId;

    @NonNull
    public String title;

    @Ignore
    @Column(name = "state_code")
    public String stateCode;

    @Column(name = "date_from", length = 10)
    @Description("When the office began, at the precision the sources give; null where they don't say.")
    public String from;

    @Column(name = "date_to", length = 10)
    @Description("When the office ended, at the precision the sources give; null where they don't say.")
    public String to;

    @Ignore
    public int position;

    @Ignore
    public String origin;
}
