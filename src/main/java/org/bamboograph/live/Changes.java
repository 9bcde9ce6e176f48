package org.bamboograph.live;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/** Turns a row of the change log into the change served, with its record read through the caller's session. */
final class Changes {

    private Changes() {
    }

    static RecordChange of(ChangeRows.Row row, EntityManager entityManager) {
        RecordChange change = new RecordChange();
        change.id = String.valueOf(row.id());
        change.kind = row.kind();
        change.type = row.type();
        change.recordId = row.recordId();
        change.version = row.version();
        change.changedBy = row.by();
        change.changedAt = row.at().toInstant().toString();
        change.states = row.states();
        if (row.type() != null && row.kind() != ChangeKind.DELETED) {
            change.record = (GraphRecord) entityManager.find(row.type().entity, row.recordId());
        }
        List<TypeCount> counts = new ArrayList<>();
        row.counts().forEach((type, count) -> counts.add(new TypeCount(type, count)));
        change.counts = counts;
        return change;
    }
}
