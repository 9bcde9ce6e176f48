package org.bamboograph.leader;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.bamboograph.graphql.ReadAhead;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "leader")
@Description("A person who speaks or travels for a state.")
public class Leader extends PanacheEntityBase implements ReadAhead {

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
    @Description("The name as the sources write it.")
    public String name;

    /** The folded name, for lookups that ignore case and diacritics. */
    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @Ignore
    @Column(name = "state_code")
    public String stateCode;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "leader_alias", joinColumns = @JoinColumn(name = "leader_id"))
    public List<Alias> aliases = new ArrayList<>();

    @Ignore
    public String origin;

    /**
     * HQL selecting the ids of leaders whose name or an alias folds to the parameter {@code nameKey}. A union of two
     * lookups, so that each uses its index: an {@code or} across a join to the aliases makes PostgreSQL scan both tables.
     */
    /** The leader's visits as a guest, when read ahead with the leader. */
    @Ignore
    @Transient
    public List<Visit> visitsRead;

    @Override
    public Object readAhead(String field) {
        return "visits".equals(field) ? visitsRead : null;
    }

    public static final String MATCHING_IDS = "select m.id from Leader m where m.nameKey = :nameKey"
            + " union select ma.id from Leader ma join ma.aliases a where a.nameKey = :nameKey";

    /** The leaders whose name or an alias matches {@code name} once case, diacritics and spaces are folded. */
    public static List<Leader> matching(String name) {
        return list("id in (" + MATCHING_IDS + ") order by name, id",
                io.quarkus.panache.common.Parameters.with("nameKey", org.bamboograph.graphql.NameKey.of(name)));
    }
}
