package org.bamboograph.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;
import org.bamboograph.state.State;
import org.bamboograph.search.SearchResult;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "agreement")
@Description("What two or more parties sealed: a partnership, a treaty, a joint statement.")
public class Agreement extends DatedEntity implements ReadAhead, SearchResult {

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

    /** The parties in code order, when the statement that read this agreement read them too; else null. */
    @Ignore
    @Transient
    public List<State> partiesRead;

    @Override
    public Object readAhead(String field) {
        return "parties".equals(field) ? partiesRead : null;
    }

    /**
     * Agreements matching {@code condition} on "a" (its parameter named "ids"), in date order, each with its parties
     * read in the same statement when the client asked for them below {@code path}: the parties field then costs no
     * statement.
     */
    public static List<Agreement> listReadingParties(String condition, Collection<?> ids, String path) {
        if (!Selection.asks(path + "parties")) {
            return Rows.select("select a from Agreement a where " + condition + " order by "
                    + DatedEntity.dateOrder("a"), Agreement.class, Map.of("ids", ids));
        }
        List<Object[]> rows = Rows.select("select a, s from Agreement a left join a.partyCodes p "
                + "left join State s on s.code = p where " + condition + " order by " + DatedEntity.dateOrder("a")
                + ", s.code", Object[].class, Map.of("ids", ids));
        List<Agreement> agreements = new ArrayList<>();
        for (Object[] row : rows) {
            Agreement agreement = (Agreement) row[0];
            // The date order ends with the id, so each agreement's rows come together.
            if (agreements.isEmpty() || agreements.get(agreements.size() - 1) != agreement) {
                agreement.partiesRead = new ArrayList<>();
                agreements.add(agreement);
            }
            if (row[1] != null) {
                agreement.partiesRead.add((State) row[1]);
            }
        }
        return agreements;
    }
}
