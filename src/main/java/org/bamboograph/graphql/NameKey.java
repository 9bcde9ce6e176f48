package org.bamboograph.graphql;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a person's name for matching: case and diacritics are ignored (Unicode NFKD without combining marks, plus the
 * letters NFKD leaves alone: đ, ø, ł, ß, æ), surrounding spaces trimmed and inner runs of spaces made one.
 * "Võ Văn Thưởng " and "vo van thuong" fold to the same key.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("đ", "d").replace("ø", "o").replace("ł", "l").replace("ß", "ss").replace("æ", "ae");
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(stripped.strip()).replaceAll(" ");
    }
}
