package org.bamboograph.statement;

import java.util.HashMap;
import java.util.Map;

import org.bamboograph.leader.Leader;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.StateCode;

/** The filters of the statement list, shared by the list, its counts and the CSV export. */
public final class StatementFilter {

    private StatementFilter() {
    }

    /**
     * A query over statements (alias "s"): {@code speaker} a speaking leader's name or alias, or words of the displayed
     * speaker name; {@code about} a state code; {@code text} words of the quote; from/to a span the date overlaps.
     */
    public static QueryBuilder query(String speaker, String about, String text, String from, String to) {
        QueryBuilder query = new QueryBuilder("Statement s");
        DateArguments.filter(query, "s", from, to);
        if (speaker != null) {
            Map<String, Object> parameters = new HashMap<>(Leader.nameParameters(speaker));
            parameters.put("speakerWords", containing(speaker));
            query.where("(s.id in (select s2.id from Statement s2 join s2.speakerIds sp where "
                    + Leader.matches("sp") + ") or s.speakerNameKey like :speakerWords escape '!')", parameters);
        }
        if (about != null) {
            query.where(":about member of s.aboutCodes", Map.of("about", StateCode.normalize(about)));
        }
        if (text != null) {
            query.where("s.textKey like :textWords escape '!'", Map.of("textWords", containing(text)));
        }
        return query;
    }

    /** A LIKE pattern matching folded text that contains the folded words, with LIKE's wildcards taken literally. */
    private static String containing(String words) {
        String key = NameKey.of(words).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + key + "%";
    }
}
