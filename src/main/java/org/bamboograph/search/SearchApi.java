package org.bamboograph.search;

import java.util.List;

import org.bamboograph.paging.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class SearchApi {

    /** Cursors of search pages name this order, so that a cursor of another list is refused. */
    static final String ORDER = "RELEVANCE";

    @Query("search")
    @NonNull
    @Description("Full-text search over statement texts, citation excerpts, event titles and descriptions, visit "
            + "purposes and cities, agreement titles, leader names and aliases, and state names. A record matches "
            + "when one of its texts holds every word of 'text', ignoring case, diacritics, English stop words and "
            + "word forms (\"partnerships\" finds \"partnership\"); a hit in a citation's excerpt answers the record "
            + "that carries the citation (for an office's citation, its leader). Best matches first: names and "
            + "titles count more than citations, words standing together as typed more than scattered ones; ties "
            + "by kind and id. 'types' keeps those kinds of record only. At most " + Search.MAX_LENGTH
            + " characters and " + Search.MAX_TERMS + " words.")
    public SearchConnection search(@NonNull @Name("text") String text,
            @Nullable @Name("types") List<@NonNull SearchType> types,
            @DefaultValue("20") Integer first, String after) {
        int size = Page.size(first);
        int offset = Page.offset(after, ORDER);
        Search.Found found = Search.find(text, types);
        List<Search.Hit> hits = found.hits();
        int from = Math.min(offset, hits.size());
        int to = Math.min(hits.size(), from + size);
        List<Search.Hit> page = Search.load(found.query(), hits.subList(from, to));
        return new SearchConnection(new Page<>(page, offset, to < hits.size(), hits.size(), ORDER));
    }
}
