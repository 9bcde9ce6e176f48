package org.bamboograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        int i = 0;
        while ((i = nextStart(text, i)) >= 0) {
            int end = runEnd(text, i);
            String folded = fold(text.substring(i, end));
            if (!folded.isEmpty() && folded.length() <= MAX_TERM && !stopWord(folded)) {
                words.add(new Word(EnglishStemmer.stem(folded), i, end));
            }
            i = end;
        }
        return words;
    }

    static boolean stopWord(String folded) {
        return STOP.contains(folded);
    }

    // The runs are found by character class rather than by a regular expression: an import splits tens of thousands
    // of texts, and this is most of that work.

    /** Where the next run of word characters starts, from {@code from} on; -1 when there is none. */
    private static int nextStart(String text, int from) {
        if (text == null) {
            return -1;
        }
        for (int i = from; i < text.length();) {
            int c = text.codePointAt(i);
            if (wordChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the run of word characters starting at {@code start} ends (exclusive). */
    private static int runEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!wordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter, a number or a mark, as the regular expression {@code [\p{L}\p{N}\p{M}]} has them. */
    static boolean wordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
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
        int i = 0;
        while ((i = nextStart(text, i)) >= 0) {
            int end = runEnd(text, i);
            String folded = NameKey.of(text.substring(i, end));
            if (!folded.isEmpty() && folded.length() <= MAX_TERM) {
                out.append(out.isEmpty() ? "" : " ").append(folded);
            }
            i = end;
        }
        return out.toString();
    }

    /** The distinct terms of a query, in the order typed. */
    public static List<String> terms(String text) {
        return of(text).stream().map(Word::term).distinct().toList();
    }
}
