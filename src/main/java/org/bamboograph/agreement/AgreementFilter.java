package org.bamboograph.agreement;

import java.util.Map;

import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.search.SearchType;
import org.bamboograph.search.TextMatch;
import org.bamboograph.value.StateCode;

/** The filters of {@code agreements}, in one place for every query that lists or counts agreements by them. */
public record AgreementFilter(AgreementKind kind, String party, String from, String to, String title) {

    /** The filters the counts and the CSV export take: kind, a party and the span. */
    public static QueryBuilder query(AgreementKind kind, String party, String from, String to) {
        return new AgreementFilter(kind, party, from, to, null).query();
    }

    /** A query over agreements (alias "a") with these conditions; a bad date range is BAD_USER_INPUT. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("Agreement a");
        DateArguments.filter(query, "a", from, to);
        if (kind != null) {
            query.where("a.kind = :kind", Map.of("kind", kind));
        }
        if (party != null) {
            query.where(":party member of a.partyCodes", Map.of("party", StateCode.normalize(party)));
        }
        if (title != null) {
            query.where(TextMatch.condition(SearchType.AGREEMENT, "title", "a.id", "title", true),
                    TextMatch.parameter("title", title, true));
        }
        return query;
    }
}
