package org.bamboograph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bamboograph.value.NameKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of a text are its runs of letters, numbers and marks, whatever the script, exactly where the regular
 * expression {@code [\p{L}\p{N}\p{M}]+} finds them: the scan that replaced it must not move a word or a highlight.
 */
class WordsTest {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    @ParameterizedTest
    @ValueSource(strings = { "Attended the ASEAN Summit, Hanoi (2010).", "Võ Văn Thưởng visited Hà Nội",
            "Comprehensive Strategic Partnerships", "co-operation; U.S.-Vietnam 2+2 talks", "Ｔｏｋｙｏ ２０２３",
            "x² ½ Ⅻ", "e\u0301te\u0301 cafe\u0301 \u0301alone", "北京 会谈", "الرياض", "a\uD835\uDC00b \uD83D\uDE00 c",
            "\uD800 lone \uDC00", "", "   ", "Tab\tand\nlines_and-dashes", "the and of", "visited visiting visits" })
    void findsTheWordsTheRegularExpressionFinds(String text) {
        List<Words.Word> expected = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String word = NameKey.of(m.group());
            if (word.isEmpty() || word.length() > Words.MAX_TERM) {
                continue;
            }
            folded.add(word);
            if (!Words.stopWord(word)) {
                expected.add(new Words.Word(EnglishStemmer.stem(word), m.start(), m.end()));
            }
        }
        assertEquals(expected, Words.of(text));
        assertEquals(String.join(" ", folded), Words.folded(text));
    }
}
