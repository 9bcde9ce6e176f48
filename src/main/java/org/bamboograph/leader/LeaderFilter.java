package org.bamboograph.leader;

import java.util.Map;

import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.StateCode;

/** The filters of the leader list, shared by the list and the CSV export. */
public final class LeaderFilter {

    private LeaderFilter() {
    }

    /** A query over leaders (alias "l"): {@code name} a name or alias, as leader(name:) matches it; a state code. */
    public static QueryBuilder query(String name, String state) {
        QueryBuilder query = new QueryBuilder("Leader l");
        if (name != null) {
            query.where(Leader.matches("l.id"), Leader.nameParameters(name));
        }
        if (state != null) {
            query.where("l.stateCode = :state", Map.of("state", StateCode.normalize(state)));
        }
        return query;
    }
}
