package org.bamboograph.state;

import java.util.Map;

import org.bamboograph.query.QueryBuilder;
import org.bamboograph.search.SearchType;
import org.bamboograph.search.TextMatch;

/** The filters of {@code states}, in one place for every query that lists or counts states by them. */
public record StateFilter(StateKind kind, String name) {

    /** A query over states (alias "s") with these conditions. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("State s");
        if (kind != null) {
            query.where("s.kind = :kind", Map.of("kind", kind));
        }
        if (name != null) {
            query.where(TextMatch.condition(SearchType.STATE, "name", "s.code", "name", true),
                    TextMatch.parameter("name", name, true));
        }
        return query;
    }
}
