package org.bamboograph.visit;

import java.util.Map;

import org.bamboograph.leader.Leader;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.StateCode;

/**
 * The filters of the visit list, shared by every reader of visits that takes them (the list, its counts, the CSV
 * export), so that one set of arguments selects the same visits everywhere.
 */
public final class VisitFilter {

    private VisitFilter() {
    }

    /**
     * A query over visits (alias "v") keeping those that match: {@code guest} a leader's name or alias, the state
     * codes {@code guestState} and {@code hostState}, and the span {@code from}/{@code to} they overlap. Any may be
     * null. A bad date is refused as BAD_USER_INPUT naming its argument.
     */
    public static QueryBuilder query(String guest, String guestState, String hostState, String from, String to) {
        QueryBuilder query = new QueryBuilder("Visit v");
        DateArguments.filter(query, "v", from, to);
        if (guest != null) {
            query.where(Leader.matches("v.guestId"), Leader.nameParameters(guest));
        }
        if (guestState != null) {
            query.where("v.guestStateCode = :guestState", Map.of("guestState", StateCode.normalize(guestState)));
        }
        if (hostState != null) {
            query.where("v.hostStateCode = :hostState", Map.of("hostState", StateCode.normalize(hostState)));
        }
        return query;
    }
}
