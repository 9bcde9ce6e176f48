package org.bamboograph.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bamboograph.state.StateKind;

/**
 * Maps the countries of historian records to the graph's state codes: every state of ISO 3166-1 by the JDK's own list
 * and English names, plus a short table ({@value #RESOURCE}) of what the JDK lacks — former states by their ISO 3166-3
 * code, codes of our own, other names. A country is found by the name the record writes first (the files file Soviet
 * records under the slug "russia" as "U.S.S.R."), then by its slug ("korea-south"), then by the name without or
 * within its parentheses ("Dahomey (Benin)"). Names are compared as bags of folded words, so "Korea, North",
 * "North Korea" and "korea-north" are one name.
 */
public final class StateMap {

    public static final String RESOURCE = "data/historian-states.csv";

    /** Words that do not tell one country from another in the ways the records write them. */
    private static final Set<String> NOISE = Set.of("the", "of", "and");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    /** A state the graph knows a record's country as. */
    public record Entry(String code, String name, StateKind kind) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['’.]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private final Map<String, Entry> byWords = new HashMap<>();
    /** Answers by slug and name: the files write a few hundred pairs thousands of times. */
    private final Map<String, java.util.Optional<Entry>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>();
    /** The text of the override table, part of the import rules' version. */
    private final String table;

    private StateMap(String table) {
        this.table = table;
    }

    /** The JDK's ISO 3166-1 states with the table's additions; fails if two states would share a name. */
    public static StateMap load() {
        String table = read(RESOURCE);
        StateMap map = new StateMap(table);
        Map<String, String> display = new HashMap<>();
        List<String[]> names = new ArrayList<>();
        int number = 0;
        for (String line : table.split("\n")) {
            number++;
            if (number == 1) {
                if (!line.strip().equals("code,name,role")) {
                    throw new IllegalStateException(RESOURCE + ": unexpected header " + line);
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line.strip());
            if (cells.size() != 3 || !cells.get(0).matches("[A-Z]{3}") || cells.get(1).isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected code,name,role");
            }
            String code = cells.get(0);
            String name = cells.get(1);
            switch (cells.get(2)) {
                case "former", "ours" -> {
                    map.byCode.put(code, new Entry(code, name, StateKind.COUNTRY));
                    names.add(new String[] { code, name });
                }
                case "display" -> {
                    display.put(code, name);
                    names.add(new String[] { code, name });
                }
                case "name" -> names.add(new String[] { code, name });
                default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown role " + cells.get(2));
            }
        }
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String code = country.getISO3Country();
            String jdkName = country.getDisplayCountry(Locale.ENGLISH);
            map.byCode.put(code, new Entry(code, display.getOrDefault(code, jdkName), StateKind.COUNTRY));
            map.index(code, jdkName);
            // "Myanmar (Burma)": also "Myanmar" and "Burma".
            Matcher within = PARENTHESES.matcher(jdkName);
            if (within.find()) {
                map.index(code, within.group(1));
                map.index(code, PARENTHESES.matcher(jdkName).replaceAll(" "));
            }
        }
        for (String[] name : names) {
            if (!map.byCode.containsKey(name[0])) {
                throw new IllegalStateException(RESOURCE + ": " + name[0] + " (" + name[1]
                        + ") is neither an ISO 3166-1 code nor one the table defines");
            }
            map.index(name[0], name[1]);
        }
        return map;
    }

    private void index(String code, String name) {
        String words = words(name);
        if (words.isEmpty()) {
            return;
        }
        Entry known = byWords.get(words);
        if (known != null && !known.code().equals(code)) {
            throw new IllegalStateException(RESOURCE + ": the name '" + name + "' fits both " + known.code() + " and "
                    + code);
        }
        byWords.put(words, byCode.get(code));
    }

    /** The state a record's country is, or null if neither its name nor its slug names one. */
    public Entry resolve(String slug, String name) {
        return resolved.computeIfAbsent(slug + "|" + name, k -> java.util.Optional.ofNullable(find(slug, name)))
                .orElse(null);
    }

    private Entry find(String slug, String name) {
        Entry found = name == null ? null : byWords.get(words(name));
        if (found == null && slug != null) {
            found = byWords.get(words(slug.replace('-', ' ')));
        }
        if (found == null && name != null) {
            Matcher within = PARENTHESES.matcher(name);
            if (within.find()) {
                found = byWords.get(words(PARENTHESES.matcher(name).replaceAll(" ")));
                if (found == null) {
                    found = byWords.get(words(within.group(1)));
                }
            }
        }
        return found;
    }

    /** The state of an ISO 3166-1 or table code, or null. */
    public Entry byCode(String code) {
        return byCode.get(code);
    }

    /** Every code known, ISO 3166-1 and the table's own. */
    public Set<String> codes() {
        return new TreeSet<>(byCode.keySet());
    }

    /** The table's text: part of the import rules' version, so a corrected table reaches rows imported before. */
    String table() {
        return table;
    }

    /**
     * A name as a bag of words: lower case without diacritics, apostrophes and dots dropped ("U.S.S.R." is "ussr",
     * "d’Ivoire" "divoire"), other punctuation a space, "St" read as "saint", the noise words left out, sorted.
     */
    static String words(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("");
        folded = OTHER.matcher(DROPPED.matcher(folded).replaceAll("")).replaceAll(" ").strip();
        if (folded.isEmpty()) {
            return "";
        }
        Set<String> words = new TreeSet<>();
        for (String word : folded.split(" ")) {
            if (!NOISE.contains(word)) {
                words.add(word.equals("st") ? "saint" : word);
            }
        }
        return String.join(" ", words);
    }

    static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line (RFC 4180 quoting). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
