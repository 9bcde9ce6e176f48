package org.bamboograph.leader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.bamboograph.live.GraphRecord;
import org.bamboograph.query.Rows;
import org.bamboograph.search.SearchResult;
import org.bamboograph.value.NameKey;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "leader")
@Description("A person who speaks or travels for a state.")
public class Leader extends PanacheEntityBase implements GraphRecord, SearchResult {

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

    /** The short form of the name ({@link NameKey#shortOf}), matched only where no name or alias matches exactly. */
    @Ignore
    @Column(name = "short_key")
    public String shortKey;

    /**
     * HQL selecting the ids of leaders whose name or an alias folds to the parameter {@code nameKey}. A union of two
     * lookups, so that each uses its index: an {@code or} across a join to the aliases makes PostgreSQL scan both tables.
     */
    public static final String MATCHING_IDS = "select m.id from Leader m where m.nameKey = :nameKey"
            + " union select ma.id from Leader ma join ma.aliases a where a.nameKey = :nameKey";

    /** True where no name or alias folds to {@code nameKey}: only then do short forms count. */
    private static final String NO_EXACT_MATCH = " and not exists (select 1 from Leader x where x.nameKey = :nameKey)"
            + " and not exists (select 1 from Leader y join y.aliases c where c.nameKey = :nameKey)";

    /**
     * An HQL condition on the leader id {@code column}: the leaders a typed name finds. Exact matches of a name or
     * alias, or, only where there is none, matches of the short form ("John Kerry" for "John Forbes Kerry") or of a
     * name's last words ("Dean Rusk" for "David Dean Rusk"). Takes
     * the parameters of {@link #nameParameters}. One statement, so a filter costs no extra round trip. One list of
     * ids, each branch of the union behind its index and the "no exact match" test a constant of the statement: an
     * {@code or} of two {@code in} lists had PostgreSQL scan every leader (0.3 ms of a traversal's 0.45).
     */
    public static String matches(String column) {
        return column + " in (" + MATCHING_IDS
                + " union select s.id from Leader s where s.shortKey in :shortKeys" + NO_EXACT_MATCH
                + " union select sa.id from Leader sa join sa.aliases b where b.shortKey in :shortKeys" + NO_EXACT_MATCH
                + " union select t.id from Leader t where t.nameKey like :lastWords escape '!'" + NO_EXACT_MATCH
                + " union select ta.id from Leader ta join ta.aliases d where d.nameKey like :lastWords escape '!'"
                + NO_EXACT_MATCH + ")";
    }

    /**
     * The parameters of {@link #matches}: the folded name, and the short forms it is looked for by
     * ({@link NameKey#typedShortForms}: "Mike Pompeo" also as "michael pompeo"); a name without a short form matches
     * no short form.
     */
    public static Map<String, Object> nameParameters(String name) {
        List<String> shortKeys = NameKey.typedShortForms(name);
        String key = NameKey.of(name);
        // The name a person went by can be a middle one: "Dean Rusk" is the last words of "David Dean Rusk". Only a
        // typed name of two words or more (one with a short form) is looked for so, never a family name alone.
        String lastWords = shortKeys.isEmpty() ? ""
                : "% " + key.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return Map.of("nameKey", key, "shortKeys", shortKeys.isEmpty() ? List.of("") : shortKeys, "lastWords",
                lastWords);
    }

    /** The leaders a typed name finds, as {@link #matches} says. */
    public static List<Leader> matching(String name) {
        return Rows.query("from Leader where " + matches("id") + " order by name, id", Leader.class,
                nameParameters(name)).getResultList();
    }
}
