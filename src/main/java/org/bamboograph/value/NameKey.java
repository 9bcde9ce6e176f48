package org.bamboograph.value;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a person's name for matching: case and diacritics are ignored (Unicode NFKD without combining marks, plus the
 * letters NFKD leaves alone: đ, ø, ł, ß, æ), surrounding spaces trimmed and inner runs of spaces made one.
 * "Võ Văn Thưởng " and "vo van thuong" fold to the same key.
 */
public final class NameKey {

    /**
     * Changes whenever {@link #shortOf}, {@link #nicknameOf} or {@link #mergeKeyOf} would give other answers: imports fold it into their
     * checksums so that rows imported under the old rules are written again.
     */
    public static final String RULES = "short-1 merge-1";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern INITIALS = Pattern.compile("\\p{L}(\\.\\p{L})*\\.?");
    private static final Pattern WORDS = Pattern.compile("[\\s,]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern TRAILING = Pattern.compile("[,;]+$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    /** The dot of an initial written against the next letter: "H.W." */
    private static final Pattern JOINED_INITIAL = Pattern.compile("\\b(\\p{L})\\.(?=\\p{L})");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "vi", "2nd", "3rd", "4th");

    /** Formal given names by the short forms people type for them ({@value #GIVEN_NAMES}). */
    private static final java.util.Map<String, List<String>> FORMAL = formalNames();
    static final String GIVEN_NAMES = "data/given-names.csv";

    private NameKey() {
    }

    /**
     * The short forms a typed name is looked for by: its own ({@link #shortOf}), and where its first word is a short
     * given name ("Mike", "Bill"), the same with each formal name it stands for ("michael pompeo"). Empty where the
     * name has no short form.
     */
    public static List<String> typedShortForms(String name) {
        String own = shortOf(name);
        if (own == null) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        forms.add(own);
        int space = own.indexOf(' ');
        for (String formal : FORMAL.getOrDefault(own.substring(0, space), List.of())) {
            forms.add(formal + own.substring(space));
        }
        return forms;
    }

    private static java.util.Map<String, List<String>> formalNames() {
        java.util.Map<String, List<String>> formal = new java.util.HashMap<>();
        try (java.io.InputStream in = NameKey.class.getClassLoader().getResourceAsStream(GIVEN_NAMES)) {
            if (in == null) {
                throw new IllegalStateException(GIVEN_NAMES + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
                String[] cells = line.strip().split(",");
                if (line.isBlank() || line.startsWith("#") || line.equals("short,formal")) {
                    continue;
                }
                if (cells.length != 2) {
                    throw new IllegalStateException(GIVEN_NAMES + ": expected short,formal in '" + line + "'");
                }
                formal.computeIfAbsent(of(cells[0]), k -> new ArrayList<>()).add(of(cells[1]));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(formal);
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        if (ascii(name)) {
            // Nothing to decompose or strip of marks: lower case and single spaces, as below. Most names are ASCII, and
            // an import folds tens of thousands of them.
            return singleSpaces(name.toLowerCase(Locale.ROOT).strip());
        }
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("đ", "d").replace("ø", "o").replace("ł", "l").replace("ß", "ss").replace("æ", "ae");
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        return singleSpaces(stripped.strip());
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with each run of whitespace ({@code \s}: space, tab, line break, form feed) one space. */
    public static String singleSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length();) {
            char c = text.charAt(i);
            if (!regexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && regexSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The key by which an import takes two spellings for one person: the folded name ({@link #of}), with initials
     * written together read as written apart. The publisher's files write one president "George H.W. Bush" in the
     * trips and "George H. W. Bush" in a list of presidents; that is one name, as "Bush  " is "Bush".
     */
    public static String mergeKeyOf(String name) {
        String key = of(name);
        if (key == null || key.indexOf('.') < 0) {
            // No initial to part from the next letter; the folded name has single spaces already.
            return key;
        }
        return SPACES.matcher(JOINED_INITIAL.matcher(key).replaceAll("$1. ")).replaceAll(" ");
    }

    /**
     * The short form of a name, folded: its first and last words once parenthetical text, initials ("A.", "H. W.",
     * "J.M.G.M.") and suffixes (Jr., Sr., II, III) are dropped. "John Forbes Kerry" is "john kerry", "Henry A. (Heinz
     * Alfred) Kissinger" is "henry kissinger". Null where fewer than two words remain: a family name alone is no
     * short form.
     */
    public static String shortOf(String name) {
        if (name == null) {
            return null;
        }
        String plain = PARENTHESES.matcher(name).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(of(plain))) {
            String bare = EDGES.matcher(word).replaceAll("");
            if (bare.isEmpty() || INITIALS.matcher(bare).matches() && bare.replace(".", "").length() <= 4
                    && (bare.contains(".") || bare.length() == 1)) {
                continue;
            }
            bare = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
            if (!words.isEmpty() && SUFFIXES.contains(bare)) {
                continue;
            }
            words.add(bare);
        }
        return words.size() < 2 ? null : words.get(0) + " " + words.get(words.size() - 1);
    }

    /**
     * The name a parenthesis gives, with the family name: "Willem (Wim) Kok" gives "Wim Kok", "Henry A. (Heinz Alfred)
     * Kissinger" gives "Heinz Alfred Kissinger". Null where the name has no parenthesis, or nothing after it.
     */
    public static String nicknameOf(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = PARENTHESES.matcher(name);
        if (!m.find()) {
            return null;
        }
        String inner = SPACES.matcher(m.group(1).strip()).replaceAll(" ");
        String[] after = SPACES.matcher(name.substring(m.end()).strip()).replaceAll(" ").split(" ");
        String family = "";
        for (int i = after.length - 1; i >= 0 && family.isEmpty(); i--) {
            String word = TRAILING.matcher(after[i]).replaceAll("");
            if (!SUFFIXES.contains(of(word).replace(".", ""))) {
                family = word;
            }
        }
        if (inner.isEmpty() || family.isEmpty() || !HAS_LETTER.matcher(inner).matches()) {
            return null;
        }
        return inner.endsWith(" " + family) || inner.equals(family) ? inner : inner + " " + family;
    }
}
