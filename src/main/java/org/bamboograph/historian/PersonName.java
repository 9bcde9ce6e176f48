package org.bamboograph.historian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits the visitor strings of the historian files into title and name: "Prime Minister Nguyen Tan Dung" is the
 * office "Prime Minister" and the name "Nguyen Tan Dung". A string naming two people ("President Andrzej Duda and
 * Prime Minister Donald Tusk") gives two; a comma or "and" that does not start a new title ("Benigno S. Aquino, 3rd")
 * stays part of the name.
 */
public record PersonName(String title, String name) {

    /** Titles as the files write them, typos included; the longest that fits wins. */
    private static final List<String> TITLES = List.of(
            "Prime Minister", "Prime Minster", "Prime Ministere", "Prime Minister-designate", "Deputy Prime Minister",
            "President", "President-elect", "Vice President", "Acting President", "Interim President",
            "Provisional President", "Provisional Governor", "General Secretary", "Secretary General",
            "Secretary-General", "First Secretary", "Chairman", "Chairwoman", "Chair", "Premier", "Vice Premier",
            "Chancellor", "Federal Chancellor", "King", "Queen", "Emperor", "Empress", "Crown Prince", "Prince",
            "Princess", "Regent Prince", "Prince Regent", "Regent", "Grand Duke", "Grand Duchess", "Sultan", "Emir",
            "Amir", "Sheikh", "Shah", "Pope", "Taoiseach", "Governor General", "Governor-General", "Chief of State",
            "Head of State", "Chief Executive", "Chief Minister", "State Counsellor", "Supreme Leader",
            "Captain Regent", "Captains Regent", "Co-Prince", "Foreign Minister", "Minister", "General",
            "Lieutenant General", "Major General", "Brigadier General", "Field Marshal", "Marshal", "Admiral",
            "Colonel", "Generalissimo", "Archbishop", "Cardinal", "Mayor", "Dr.", "Secretary of State",
            "Prime Minister and Foreign Minister");

    private static final List<String> LONGEST_FIRST = TITLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final List<String> LONGEST_FIRST_LOWER = LONGEST_FIRST.stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).toList();
    private static final Pattern JOINED = Pattern.compile("^(and|&)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s+|\\s+and\\s+|\\s+&\\s+");

    /** The people a visitor string names, each with the title it gives (null where it gives none). */
    public static List<PersonName> parseAll(String visitor) {
        String text = SPACES.matcher(visitor).replaceAll(" ").strip();
        List<PersonName> people = new ArrayList<>();
        var m = SEPARATOR.matcher(text);
        int start = 0;
        int from = 0;
        while (m.find(from)) {
            String left = text.substring(start, m.start());
            String right = text.substring(m.end());
            PersonName first = parse(left);
            // Split only where the next part starts with a title and this part names someone.
            if (titleAt(right) != null && first.name() != null && !first.name().isBlank()) {
                people.add(first);
                start = m.end();
            }
            from = m.end();
        }
        PersonName last = parse(text.substring(start));
        if (last.name() == null || last.name().isBlank()) {
            // "Premier and Prince Sihanouk": titles joined to one name.
            return List.of(parse(text.substring(start)));
        }
        people.add(last);
        return people;
    }

    /** Title and name of one person's string. */
    public static PersonName parse(String text) {
        String s = text.strip();
        String title = titleAt(s);
        if (title == null) {
            return new PersonName(null, s);
        }
        String rest = s.substring(title.length()).strip();
        // "Premier and Prince Sihanouk": several titles before one name.
        var joined = JOINED.matcher(rest);
        if (joined.find()) {
            String more = titleAt(rest.substring(joined.end()));
            if (more != null) {
                String tail = rest.substring(joined.end());
                return new PersonName(s.substring(0, title.length()) + " and " + tail.substring(0, more.length()),
                        tail.substring(more.length()).strip());
            }
        }
        return new PersonName(s.substring(0, title.length()), rest.isEmpty() ? null : rest);
    }

    /** The title a string starts with, followed by a space, a capital letter run-on ("MinisterHaidar") or nothing. */
    static String titleAt(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < LONGEST_FIRST.size(); i++) {
            String title = LONGEST_FIRST.get(i);
            String t = LONGEST_FIRST_LOWER.get(i);
            if (lower.startsWith(t)) {
                if (s.length() == t.length() || s.charAt(t.length()) == ' '
                        || Character.isUpperCase(s.charAt(t.length()))) {
                    return title;
                }
            }
        }
        return null;
    }
}
