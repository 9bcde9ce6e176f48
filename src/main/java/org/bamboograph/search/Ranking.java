package org.bamboograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How well one text matches a query, and the part of it to show. The score is worked out here, from the text, the
 * same way on every database, so H2 and PostgreSQL rank alike; the databases only find the texts that hold every
 * term of the query.
 *
 * <p>Score: the field's weight (a name or title counts more than a passing mention in a citation) times how much
 * of the text the query's terms make up (each term's count saturating, the text's length damping it), doubled where
 * the terms stand together in the order typed (a phrase).
 */
final class Ranking {

    /** The longest snippet, in UTF-16 code units, before its ellipses. */
    static final int SNIPPET = 160;
    private static final String ELLIPSIS = "…";

    private static final Map<String, Double> WEIGHTS = Map.of("name", 1.0, "title", 1.0, "aliases", 0.9,
            "text", 0.8, "purpose", 0.6, "description", 0.6, "city", 0.6, "sources", 0.5, "offices.sources", 0.4);

    record Match(double score, String snippet, List<TextRange> highlights) {
    }

    private Ranking() {
    }

    static double weight(String field) {
        return WEIGHTS.getOrDefault(field, 0.5);
    }

    /** Scores {@code body} (of {@code field}) against the query's terms, in the order typed (repeats kept). */
    static Match match(String field, String body, List<String> query) {
        List<Words.Word> words = Words.of(body);
        return snippet(body, words, query.stream().distinct().toList(), anchor(words, query),
                score(field, words, query));
    }

    /** The score of a text's words alone: a search scores every text it finds, and cuts snippets for a page only. */
    static double score(String field, List<Words.Word> words, List<String> query) {
        List<String> distinct = query.stream().distinct().toList();
        double sum = 0;
        for (String term : distinct) {
            int tf = 0;
            for (Words.Word w : words) {
                tf += w.term().equals(term) ? 1 : 0;
            }
            sum += tf / (tf + 1.0);
        }
        boolean phrase = query.size() > 1 && phrase(words, query) >= 0;
        double coverage = distinct.isEmpty() ? 0 : sum / distinct.size();
        double damping = 1 / (1 + Math.log(1 + words.size() / 8.0));
        return weight(field) * coverage * damping * (phrase ? 2 : 1);
    }

    /** The word a snippet is cut around: where the phrase starts, else the first word of the query. */
    private static int anchor(List<Words.Word> words, List<String> query) {
        int phraseAt = phrase(words, query);
        return phraseAt >= 0 ? phraseAt : first(words, query.stream().distinct().toList());
    }

    /** The index of the first word at which the query's terms stand one after the other, or -1. */
    private static int phrase(List<Words.Word> words, List<String> query) {
        for (int i = 0; i + query.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < query.size() && all; k++) {
                all = words.get(i + k).term().equals(query.get(k));
            }
            if (all && !query.isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int first(List<Words.Word> words, List<String> terms) {
        for (int i = 0; i < words.size(); i++) {
            if (terms.contains(words.get(i).term())) {
                return i;
            }
        }
        return -1;
    }

    /** The text around the anchor word, cut at spaces, with the query's words marked. */
    private static Match snippet(String body, List<Words.Word> words, List<String> terms, int anchor, double score) {
        int from = 0;
        int to = body.length();
        if (body.length() > SNIPPET) {
            int at = anchor < 0 ? 0 : words.get(anchor).start();
            from = Math.max(0, Math.min(at - SNIPPET / 3, body.length() - SNIPPET));
            if (from > 0) {
                int space = body.indexOf(' ', from);
                from = space < 0 || space >= at ? Math.min(from, at) : space + 1;
            }
            to = Math.min(body.length(), from + SNIPPET);
            if (to < body.length()) {
                int space = body.lastIndexOf(' ', to);
                to = space > from ? space : to;
            }
        }
        String lead = from > 0 ? ELLIPSIS : "";
        String snippet = lead + body.substring(from, to).strip() + (to < body.length() ? ELLIPSIS : "");
        int shift = lead.length() - from - (body.substring(from, to).length() - body.substring(from, to).stripLeading().length());
        List<TextRange> ranges = new ArrayList<>();
        for (Words.Word w : words) {
            if (w.start() >= from && w.end() <= to && terms.contains(w.term())) {
                ranges.add(new TextRange(w.start() + shift, w.end() + shift));
            }
        }
        return new Match(score, snippet, ranges);
    }
}
