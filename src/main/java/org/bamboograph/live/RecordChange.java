package org.bamboograph.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change of the graph, as the change log keeps it: a record created, updated or deleted, or an import.")
public class RecordChange {

    @NonNull
    @Id
    @Description("The change's place in the change log: ids grow in the order changes were committed. Pass the last "
            + "one you received as recordChanges(since:) to catch up after a reconnection.")
    public String id;

    @NonNull
    public ChangeKind kind;

    @Description("The type of the record changed; null for an IMPORT.")
    public RecordType type;

    @Description("The id of the record changed (a state's code); null for an IMPORT.")
    public String recordId;

    @Description("The record's version after the change; null for a delete and an IMPORT.")
    public Integer version;

    @Description("The record as it stands now, read when the change is delivered; null for a delete, an IMPORT, or a "
            + "record deleted since.")
    public GraphRecord record;

    @Description("Who changed it: the name of the editor's token, shown to editors only; null for anonymous readers "
            + "and for imports and curated loads.")
    public String changedBy;

    @NonNull
    @Description("When the change was committed (about), ISO-8601 in UTC: \"2026-12-01T12:00:00.123Z\".")
    public String changedAt;

    @NonNull
    @Description("For an IMPORT, the records it wrote by type; empty for other changes.")
    public List<@NonNull TypeCount> counts = List.of();

    /** The states the change concerns (null: unknown), for the states filter; not served. */
    @Ignore
    java.util.List<String> states;

    /** A copy for a subscriber who may not see who wrote it. */
    RecordChange anonymous() {
        RecordChange copy = new RecordChange();
        copy.id = id;
        copy.kind = kind;
        copy.type = type;
        copy.recordId = recordId;
        copy.version = version;
        copy.record = record;
        copy.changedAt = changedAt;
        copy.counts = counts;
        copy.states = states;
        return copy;
    }
}
