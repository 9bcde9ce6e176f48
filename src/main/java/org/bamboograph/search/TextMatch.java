package org.bamboograph.search;

import java.util.Map;

import org.bamboograph.value.NameKey;

/**
 * Text filters of the lists (visits' city and purpose, agreements' title, states' name, leaders' office), folding
 * case and diacritics as names are folded: a condition on the folded texts that the search index keeps of each
 * record ({@code search_doc.body_key}), so no table needs a folded column of its own.
 */
public final class TextMatch {

    private TextMatch() {
    }

    /**
     * HQL: the record whose id is {@code idPath} has a text of {@code field} equal to (or, with {@code contains},
     * holding) the folded {@code text}; the parameter is named {@code param}.
     */
    public static String condition(SearchType type, String field, String idPath, String param, boolean contains) {
        return idPath + " in (select d.subjectId from SearchDoc d where d.subjectType = '" + type.name()
                + "' and d.field = '" + field + "' and d.bodyKey " + (contains ? "like :" + param + " escape '!'"
                        : "= :" + param) + ")";
    }

    /** The parameter of {@link #condition} for {@code text}. */
    public static Map<String, Object> parameter(String param, String text, boolean contains) {
        String key = NameKey.of(text);
        return Map.of(param, contains ? containing(key) : key);
    }

    /** A LIKE pattern matching folded text that contains the folded words, with LIKE's wildcards taken literally. */
    public static String containing(String folded) {
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
