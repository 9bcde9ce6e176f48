package org.bamboograph.statement;

import java.util.List;
import java.util.Map;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.leader.Leader;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;
import org.bamboograph.visit.Visit;
import org.bamboograph.visit.VisitReads;

/** Every read of a statement's neighbours, for the batch resolvers of {@link StatementApi}. */
public final class StatementReads {

    public static final String SPEAKERS = "speakers";
    public static final String ABOUT = "about";
    public static final String VISIT = "visit";
    public static final String AGREEMENT = "agreement";
    public static final String SOURCES = "sources";

    private StatementReads() {
    }

    /** The leaders who spoke, in the order the statement names them. */
    public static List<List<Leader>> speakers(List<Statement> statements) {
        return Batch.pairs(statements, s -> s.id, ids -> Rows.select(
                "select s.id, l from Statement s join s.speakerIds sp join Leader l on l.id = sp "
                        + "where s.id in :ids order by index(sp)", Object[].class, Map.of("ids", ids)));
    }

    public static List<List<State>> about(List<Statement> statements) {
        return Batch.pairs(statements, s -> s.id, ids -> Rows.select(
                "select s.id, st from Statement s join s.aboutCodes c join State st on st.code = c "
                        + "where s.id in :ids order by st.code", Object[].class, Map.of("ids", ids)));
    }

    public static List<Visit> visits(List<Statement> statements) {
        return Batch.one(statements, s -> s.visitId, ids -> VisitReads.list("v.id in :ids", Map.of("ids", ids), ""),
                v -> v.id);
    }

    public static List<Agreement> agreements(List<Statement> statements) {
        return Batch.one(statements, s -> s.agreementId, ids -> Rows.where(Agreement.class, "id in :keys", ids),
                a -> a.id);
    }
}
