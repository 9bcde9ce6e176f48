package org.bamboograph.search;

import java.util.Map;
import java.util.Set;

import org.bamboograph.value.NameKey;

/**
 * Text filters of the lists (visits' city and purpose, agreements' title, states' name, leaders' office), folding
 * case and diacritics as names are folded: a condition on the folded texts that the search index keeps of each
 * record ({@code search_doc.body_key}), so no table needs a folded column of its own. The index keeps that folded copy
 * for the texts listed here only, and an empty one for the others (citations' excerpts above all): those are searched
 * by their words and never filtered, and their folded copies were a third of what an import wrote to the index.
 */
public final class TextMatch {

    /** The texts the filters compare, as type and field: the only ones whose folded copy the index keeps. */
    private static final Set<String> FILTERED = Set.of(SearchType.AGREEMENT + "|title", SearchType.VISIT + "|city",
            SearchType.VISIT + "|purpose", SearchType.LEADER + "|" + Search.OFFICE_TITLES, SearchType.STATE + "|name");

    private TextMatch() {
    }

    /** Whether a filter compares texts of this type ({@link SearchType} name) and field, so the index folds them. */
    public static boolean filtered(String type, String field) {
        return FILTERED.contains(type + "|" + field);
    }

    /**
     * HQL: the record whose id is {@code idPath} has a text of {@code field} equal to (or, with {@code contains},
     * holding) the folded {@code text}; the parameter is named {@code param}.
     */
    public static String condition(SearchType type, String field, String idPath, String param, boolean contains) {
        if (!filtered(type.name(), field)) {
            // A new filter needs its texts folded by the index: add them to FILTERED (and fold the stored rows).
            throw new IllegalArgumentException("the search index keeps no folded copy of " + type + " " + field);
        }
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
