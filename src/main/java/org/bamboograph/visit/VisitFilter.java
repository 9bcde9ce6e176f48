package org.bamboograph.visit;

import java.util.Map;

import org.bamboograph.leader.Leader;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.search.SearchType;
import org.bamboograph.search.TextMatch;
import org.bamboograph.value.StateCode;

/**
 * The filters of the visit list, parsed and turned into conditions in one place for every reader of visits that takes
 * them (the list, its counts, the CSV export), so that one set of arguments selects the same visits everywhere. Null
 * means no filter.
 */
public record VisitFilter(String guest, String guestState, String hostState, String from, String to, String city,
        String purpose, Boolean resultedInAgreement) {

    /** The filters the counts and the CSV export take: guest, the two states and the span. */
    public static QueryBuilder query(String guest, String guestState, String hostState, String from, String to) {
        return new VisitFilter(guest, guestState, hostState, from, to, null, null, null).query();
    }

    /**
     * A query over visits (alias "v") keeping those that match: {@code guest} a leader's name or alias, the state
     * codes {@code guestState} and {@code hostState}, the span {@code from}/{@code to} they overlap, the folded words
     * of {@code city} and {@code purpose}, and whether an agreement resulted. A bad date is BAD_USER_INPUT.
     */
    public QueryBuilder query() {
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
        if (city != null) {
            query.where(TextMatch.condition(SearchType.VISIT, "city", "v.id", "city", false),
                    TextMatch.parameter("city", city, false));
        }
        if (purpose != null) {
            query.where(TextMatch.condition(SearchType.VISIT, "purpose", "v.id", "purpose", true),
                    TextMatch.parameter("purpose", purpose, true));
        }
        if (resultedInAgreement != null) {
            query.where((resultedInAgreement ? "" : "not ")
                    + "exists (select 1 from Agreement ra where ra.visitId = v.id)");
        }
        return query;
    }
}
