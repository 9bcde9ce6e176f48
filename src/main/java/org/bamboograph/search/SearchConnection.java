package org.bamboograph.search;

import java.util.List;

import org.bamboograph.paging.Page;
import org.bamboograph.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of search hits. It does not extend the generic connection: SmallRye would then publish the hit record,
 * the connection's type argument, as a GraphQL type of its own.
 */
public class SearchConnection {

    private final Page<Search.Hit> page;

    public SearchConnection(Page<Search.Hit> page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull SearchEdge> getEdges() {
        return page.edges(SearchEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @NonNull
    @Description("How many records match, across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.total());
    }

    public static class SearchEdge {
        private final String cursor;
        private final Search.Hit hit;

        SearchEdge(String cursor, Search.Hit hit) {
            this.cursor = cursor;
            this.hit = hit;
        }

        @NonNull
        public String getCursor() {
            return cursor;
        }

        @NonNull
        @Description("How well the record matches: higher is better. Comparable within one search only.")
        public double getScore() {
            return hit.score();
        }

        @NonNull
        @Description("The matching text (of 'field'), or the part of it around the match, as plain text: no markup. "
                + "A cut is marked with '…'.")
        public String getSnippet() {
            return hit.snippet();
        }

        @NonNull
        @Description("Where the words of the query stand in 'snippet'.")
        public List<@NonNull TextRange> getHighlights() {
            return hit.highlights();
        }

        @NonNull
        @Description("The field of the record that matched best: text, title, description, purpose, city, name, "
                + "aliases, sources (a citation's excerpt) or offices.sources (the excerpt of a citation of one of "
                + "the leader's offices).")
        public String getField() {
            return hit.field();
        }

        @NonNull
        @Description("The record.")
        public SearchResult getNode() {
            return hit.node();
        }
    }
}
