package org.bamboograph.search;

/**
 * Step 1 of Porter's English stemmer: plurals, -ed and -ing, a final y. It is what makes "partnerships" meet
 * "partnership", "visited" meet "visits" and "rigs" meet "rig", without the deeper steps that conflate words a reader
 * keeps apart ("general" and "generous"). Input is a folded, lower-case word.
 */
final class EnglishStemmer {

    private EnglishStemmer() {
    }

    static String stem(String word) {
        if (word.length() <= 3 || !lowerAscii(word)) {
            return word;
        }
        String w = plural(word);
        w = edOrIng(w);
        if (w.endsWith("y") && w.length() > 2 && hasVowel(w, w.length() - 1)) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    private static boolean lowerAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static String plural(String w) {
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String edOrIng(String w) {
        if (w.endsWith("eed")) {
            return measure(w, w.length() - 3) > 0 ? w.substring(0, w.length() - 1) : w;
        }
        String stem;
        if (w.endsWith("ed") && hasVowel(w, w.length() - 2)) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && hasVowel(w, w.length() - 3)) {
            stem = w.substring(0, w.length() - 3);
        } else {
            return w;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && consonant(stem, n - 1)
                && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        if (measure(stem, n) == 1 && cvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        return c != 'y' || i == 0 || !consonant(w, i - 1);
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Porter's m: the number of vowel-consonant sequences in the first {@code end} letters. */
    private static int measure(String w, int end) {
        int m = 0;
        boolean vowelSeen = false;
        for (int i = 0; i < end; i++) {
            boolean c = consonant(w, i);
            if (!c) {
                vowelSeen = true;
            } else if (vowelSeen) {
                m++;
                vowelSeen = false;
            }
        }
        return m;
    }

    /** Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "box"). */
    private static boolean cvc(String w) {
        int n = w.length();
        return n >= 3 && consonant(w, n - 1) && !consonant(w, n - 2) && consonant(w, n - 3)
                && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }
}
