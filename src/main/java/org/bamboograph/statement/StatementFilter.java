package org.bamboograph.statement;

import java.util.HashMap;
import java.util.Map;

import org.bamboograph.leader.Leader;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.search.TextMatch;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.StateCode;

/** The filters of {@code statements}, in one place for every query that lists or counts statements by them. */
public record StatementFilter(String speaker, String about, String text, String from, String to) {

    /** The filters the counts and the CSV export take. */
    public static QueryBuilder query(String speaker, String about, String text, String from, String to) {
        return new StatementFilter(speaker, about, text, from, to).query();
    }

    /** A query over statements (alias "s") with these conditions; a bad date range is BAD_USER_INPUT. */
    public QueryBuilder query() {
        QueryBuilder query = new QueryBuilder("Statement s");
        DateArguments.filter(query, "s", from, to);
        if (speaker != null) {
            Map<String, Object> parameters = new HashMap<>(Leader.nameParameters(speaker));
            parameters.put("speakerWords", TextMatch.containing(NameKey.of(speaker)));
            query.where("(s.id in (select s2.id from Statement s2 join s2.speakerIds sp where "
                    + Leader.matches("sp") + ") or s.speakerNameKey like :speakerWords escape '!')", parameters);
        }
        if (about != null) {
            query.where(":about member of s.aboutCodes", Map.of("about", StateCode.normalize(about)));
        }
        if (text != null) {
            // A substring of the folded quote, not full-text search (that is search(text:)).
            query.where("s.textKey like :textWords escape '!'",
                    Map.of("textWords", TextMatch.containing(NameKey.of(text))));
        }
        return query;
    }
}
