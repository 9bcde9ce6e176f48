package org.bamboograph.source;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.citation.Citation;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Rows;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceApi {

    @Query("sources")
    @NonNull
    @Description("Every source the graph cites, by id.")
    public List<@NonNull Source> sources() {
        return Rows.query("from Source order by id", Source.class, java.util.Map.of()).getResultList();
    }

    @NonNull
    @Description("The source the excerpt is quoted from.")
    public List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        return Batch.one(citations, c -> c.sourceId, ids -> Rows.where(Source.class, "id in :keys", ids), s -> s.id);
    }

    @Inject
    SourceWrites sourceWrites;

    @Mutation("createSource")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates a Source: a document that citations quote. Editors only.")
    public Source createSource(@NonNull @Name("input") SourceInput input) {
        return sourceWrites.create(input);
    }

    @Mutation("updateSource")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes a Source. 'version' is the version you read: "
            + "if the Source changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Source updateSource(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") SourceInput input) {
        return sourceWrites.update(id, version, input);
    }

    @Mutation("deleteSource")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes a Source and answers its id. Refused with IN_USE while citations or aliases quote it, and "
            + "with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteSource(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return sourceWrites.delete(id, version);
    }
}
