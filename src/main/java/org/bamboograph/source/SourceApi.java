package org.bamboograph.source;

import java.util.List;

import org.bamboograph.graphql.Batch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceApi {

    @Query("sources")
    @NonNull
    @Description("Every source the graph cites, by id.")
    public List<@NonNull Source> sources() {
        return Source.list("order by id");
    }

    @NonNull
    @Description("The source the excerpt is quoted from.")
    public List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        return Batch.one(citations, c -> c.sourceId, ids -> Source.list("id in ?1", ids), s -> s.id);
    }
}
