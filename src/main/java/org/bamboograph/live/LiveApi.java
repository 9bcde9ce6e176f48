package org.bamboograph.live;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Subscriptions to the graph's changes and to running imports, and the change log to catch up from. */
@GraphQLApi
public class LiveApi {

    @Inject
    ChangeFeed changes;

    @Inject
    ImportFeed imports;

    @Inject
    ChangeHistory history;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentIdentityAssociation identities;

    @Subscription("recordChanged")
    @NonNull
    @Description("Every change of the graph from now on, once committed, in commit order: records created, updated "
            + "and deleted, and imports (kind IMPORT, counted by type). 'types' keeps changes of those types; "
            + "'states' keeps changes of records that concern one of those states (by code: a visit's host state and "
            + "guest's state, an agreement's parties, a statement's 'about', an event's states, a leader's state), and "
            + "every IMPORT. changedBy is shown to editors only. After a reconnection, catch up with recordChanges.")
    public Multi<RecordChange> recordChanged(@Name("types") List<RecordType> types,
            @Name("states") List<String> states) {
        Set<RecordType> kept = types == null ? Set.of()
                : types.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Set<String> codes = states == null ? Set.of() : states.stream().filter(java.util.Objects::nonNull)
                .map(org.bamboograph.value.StateCode::normalize).collect(java.util.stream.Collectors.toSet());
        // Subscriptions start on the event loop, where the caller's token may not be checked blocking.
        return identities.getDeferredIdentity().onItem()
                .transformToMulti(caller -> changes.changes(kept, codes, caller.hasRole("editor")));
    }

    @Subscription("importProgress")
    @NonNull
    @Description("The progress of historian imports run on this instance from now on: a RUNNING message per file "
            + "written, then SUCCEEDED with the summary or REFUSED with the problems.")
    public Multi<ImportProgress> importProgress() {
        return imports.progress();
    }

    @Query("recordChanges")
    @NonNull
    @Description("The change log, oldest first: the changes after 'since' — the id of a change you received (\"0\" "
            + "for the whole log), or an ISO-8601 instant (\"2026-12-01T12:00:00Z\"), for the changes committed at or "
            + "after it. Deletes stay in the log as tombstones. 'first' (0 to 100, default 20) and 'after' (an edge's "
            + "cursor) page through it. A subscriber that lost its connection reads from its last change's id here, "
            + "then subscribes again: no change is lost.")
    public RecordChangeConnection recordChanges(@NonNull @Name("since") String since,
            @DefaultValue("20") Integer first, String after) {
        return history.page(since, first, after, identity.hasRole("editor"));
    }
}
