package org.bamboograph.agreement;

import java.util.Map;

import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.StateCode;

/** The filters of the agreement list, shared by the list, its counts and the CSV export. */
public final class AgreementFilter {

    private AgreementFilter() {
    }

    /** A query over agreements (alias "a") of {@code kind}, with {@code party} among the parties, overlapping from/to. */
    public static QueryBuilder query(AgreementKind kind, String party, String from, String to) {
        QueryBuilder query = new QueryBuilder("Agreement a");
        DateArguments.filter(query, "a", from, to);
        if (kind != null) {
            query.where("a.kind = :kind", Map.of("kind", kind));
        }
        if (party != null) {
            query.where(":party member of a.partyCodes", Map.of("party", StateCode.normalize(party)));
        }
        return query;
    }
}
