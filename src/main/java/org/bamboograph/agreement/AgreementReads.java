package org.bamboograph.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.query.Batch;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;
import org.bamboograph.state.State;
import org.bamboograph.visit.Visit;
import org.bamboograph.visit.VisitReads;

/**
 * Every read of an agreement's neighbours, for the batch resolvers of {@link AgreementApi} and for the read-ahead of
 * whatever lists agreements. The field names are the schema's; the resolvers carry them too.
 */
public final class AgreementReads {

    public static final String PARTIES = "parties";
    public static final String VISIT = "visit";
    public static final String SUPERSEDES = "supersedes";
    public static final String SOURCES = "sources";

    private AgreementReads() {
    }

    /** The parties of each agreement, by code. */
    public static List<List<State>> parties(List<Agreement> agreements) {
        return Batch.pairs(agreements, a -> a.id, ids -> Rows.select(
                "select a.id, s from Agreement a join a.partyCodes p join State s on s.code = p "
                        + "where a.id in :ids order by s.code", Object[].class, Map.of("ids", ids)));
    }

    public static List<Visit> visits(List<Agreement> agreements) {
        return Batch.one(agreements, a -> a.visitId, ids -> VisitReads.list("v.id in :ids", Map.of("ids", ids), ""),
                v -> v.id);
    }

    public static List<Agreement> superseded(List<Agreement> agreements) {
        return Batch.one(agreements, a -> a.supersedesId, ids -> Rows.where(Agreement.class, "id in :keys", ids),
                a -> a.id);
    }

    /**
     * Agreements matching {@code condition} on "a" (its parameter named "ids"), in date order, each with its parties
     * read in the same statement when the client asked for them below {@code path}: the parties field then costs no
     * statement.
     */
    public static List<Agreement> listReadingParties(String condition, Collection<?> ids, String path) {
        if (!Selection.asks(path + PARTIES)) {
            return Rows.select("select a from Agreement a where " + condition + " order by "
                    + DatedEntity.dateOrder("a"), Agreement.class, Map.of("ids", ids));
        }
        List<Object[]> rows = Rows.select("select a, s from Agreement a left join a.partyCodes p "
                + "left join State s on s.code = p where " + condition + " order by " + DatedEntity.dateOrder("a")
                + ", s.code", Object[].class, Map.of("ids", ids));
        List<Agreement> agreements = new ArrayList<>();
        List<State> parties = null;
        for (Object[] row : rows) {
            Agreement agreement = (Agreement) row[0];
            // The date order ends with the id, so each agreement's rows come together.
            if (agreements.isEmpty() || agreements.get(agreements.size() - 1) != agreement) {
                parties = new ArrayList<>();
                ReadAhead.put(agreement, PARTIES, parties);
                agreements.add(agreement);
            }
            if (row[1] != null) {
                parties.add((State) row[1]);
            }
        }
        return agreements;
    }
}
