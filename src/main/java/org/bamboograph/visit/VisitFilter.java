package org.bamboograph.visit;

import java.util.Map;

import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.leader.Leader;
import org.bamboograph.search.SearchType;
import org.bamboograph.search.TextMatch;
import org.bamboograph.value.StateCode;

/**
 * The filters of {@code visits}, parsed and turned into conditions in one place, for every query that lists or
 * counts visits by them. Null means no filter.
 */
public record VisitFilter(String guest, String hostState, String from, String to, String city, String purpose,
        Boolean resultedInAgreement) {

    /** A query over visits (alias "v") with these conditions; a bad date range is BAD_USER_INPUT. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("Visit v");
        DateArguments.filter(query, "v", from, to);
        if (guest != null) {
            query.where(Leader.matches("v.guestId"), Leader.nameParameters(guest));
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
