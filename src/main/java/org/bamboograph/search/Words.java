package org.bamboograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bamboograph.value.NameKey;

/**
 * The words of a text as search sees them: runs of letters and digits, folded as names are (case and diacritics,
 * {@link NameKey#of}), English stop words left out, each reduced to its stem so that word forms meet ("partnerships"
 * and "partnership" are one term). Each word keeps where it stands in the text, for snippets and highlights.
 */
public final class Words {

    /** A word of a text: its stem, and where it stands in the text (UTF-16 offsets, end exclusive). */
    public record Word(String term, int start, int end) {
    }

    /** Longer runs are no words a reader types; they are left out of the index. */
    static final int MAX_TERM = 64;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** English stop words: the list of PostgreSQL's English configuration (Snowball's), so both databases drop the same. */
    private static final Set<String> STOP = Set.of(("i me my myself we our ours ourselves you your yours yourself "
            + "yourselves he him his himself she her hers herself it its itself they them their theirs themselves what "
            + "which who whom this that these those am is are was were be been being have has had having do does did "
            + "doing a an the and but if or because as until while of at by for with about against between into "
            + "through during before after above below to from up down in out on off over under again further then "
            + "once here there when where why how all any both each few more most other some such no nor not only own "
            + "same so than too very s t can will just don should now").split(" "));

    private Words() {
    }

    /** The words of {@code text} that search indexes, in order. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String folded = fold(m.group());
            if (folded.isEmpty() || folded.length() > MAX_TERM || STOP.contains(folded)) {
                continue;
            }
            words.add(new Word(EnglishStemmer.stem(folded), m.start(), m.end()));
        }
        return words;
    }

    /** A word folded as {@link NameKey#of} folds it; ASCII words, most of them, only need lower case. */
    private static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return NameKey.of(word);
            }
        }
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    /** The folded words of {@code text}, stop words included and unstemmed, joined by spaces. */
    public static String folded(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String folded = NameKey.of(m.group());
            if (!folded.isEmpty() && folded.length() <= MAX_TERM) {
                out.append(out.isEmpty() ? "" : " ").append(folded);
            }
        }
        return out.toString();
    }

    /** The distinct terms of a query, in the order typed. */
    public static List<String> terms(String text) {
        return of(text).stream().map(Word::term).distinct().toList();
    }
}
