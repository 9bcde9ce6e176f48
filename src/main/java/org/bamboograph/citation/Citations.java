package org.bamboograph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bamboograph.query.Batch;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.query.Rows;
import org.bamboograph.query.Selection;

/**
 * Loads the citations of a whole level of records of one kind in one query, for their {@code sources} fields, with the
 * source each one quotes where the client asked for it: a join costs less than a statement and a DataLoader round.
 */
public final class Citations {

    /**
     * The schema's name of a citation's source field. The source entity is named in HQL only: its package builds on
     * this one, not the other way round.
     */
    static final String SOURCE = "source";

    private Citations() {
    }

    /**
     * Ordered by position only: grouping by subject keeps that order within each record. Ordering by subject too would
     * match the index on (subject type, subject id, position), and PostgreSQL's generic plan of the prepared statement
     * then walks that index through every citation of the kind instead of looking up the keys.
     */
    public static <T> List<List<Citation>> of(Subject subject, List<T> records, Function<T, String> idOf) {
        boolean withSource = Selection.asks(SOURCE);
        String where = " where c.subjectType = :subject and c.subjectId in :ids order by c.position";
        return Batch.many(records, idOf, ids -> {
            Map<String, Object> params = Map.of("subject", subject, "ids", ids);
            if (!withSource) {
                return Rows.select("select c from Citation c" + where, Citation.class, params);
            }
            List<Object[]> pairs = Rows.select(
                    "select c, s from Citation c join Source s on s.id = c.sourceId" + where, Object[].class, params);
            List<Citation> citations = new ArrayList<>(pairs.size());
            for (Object[] pair : pairs) {
                Citation citation = (Citation) pair[0];
                ReadAhead.put(citation, SOURCE, pair[1]);
                citations.add(citation);
            }
            return citations;
        }, citation -> citation.subjectId);
    }
}
