package org.bamboograph.leader;

import java.util.Map;

import org.bamboograph.query.QueryBuilder;
import org.bamboograph.search.Search;
import org.bamboograph.search.SearchType;
import org.bamboograph.search.TextMatch;
import org.bamboograph.value.StateCode;

/** The filters of {@code leaders}, in one place for every query that lists or counts leaders by them. */
public record LeaderFilter(String name, String state, String office) {

    /** The filters the CSV export takes: a name and a state. */
    public static QueryBuilder query(String name, String state) {
        return new LeaderFilter(name, state, null).query();
    }

    /** A query over leaders (alias "l") with these conditions. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("Leader l");
        if (name != null) {
            query.where(Leader.matches("l.id"), Leader.nameParameters(name));
        }
        if (state != null) {
            query.where("l.stateCode = :state", Map.of("state", StateCode.normalize(state)));
        }
        if (office != null) {
            query.where(TextMatch.condition(SearchType.LEADER, Search.OFFICE_TITLES, "l.id", "office", true),
                    TextMatch.parameter("office", office, true));
        }
        return query;
    }
}
