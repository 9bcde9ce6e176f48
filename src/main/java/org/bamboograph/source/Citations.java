package org.bamboograph.source;

import java.util.List;
import java.util.function.Function;

import org.bamboograph.graphql.Batch;

/** Loads the citations of a whole level of records of one kind in one query, for their {@code sources} fields. */
public final class Citations {

    private Citations() {
    }

    public static <T> List<List<Citation>> of(Subject subject, List<T> records, Function<T, String> idOf) {
        return Batch.many(records, idOf,
                ids -> Citation.list("subjectType = ?1 and subjectId in ?2 order by subjectId, position", subject, ids),
                citation -> citation.subjectId);
    }
}
