package org.bamboograph.citation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;

/** Loads the citations of a whole level of records of one kind in one query, for their {@code sources} fields. */
public final class Citations {

    private Citations() {
    }

    public static <T> List<List<Citation>> of(Subject subject, List<T> records, Function<T, String> idOf) {
        return Batch.many(records, idOf,
                ids -> Rows.select("from Citation where subjectType = :subject and subjectId in :ids "
                        + "order by subjectId, position", Citation.class, Map.of("subject", subject, "ids", ids)),
                citation -> citation.subjectId);
    }
}
