package org.bamboograph.curated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.bamboograph.citation.Subject;
import org.bamboograph.citation.Supports;

/**
 * Checks that the words of a record's excerpts carry each field they say they support, where words can carry it: a
 * date's year (with the month's name at month precision, and the day at day precision) in one excerpt supporting the
 * date; a leader (guest, host, speaker) by name or alias; a city by name; each state (party, state spoken about, host
 * state) by one of its words in {@code state-words.csv}. Words match whole, case and all, after diacritics and
 * punctuation are set aside, so "Vietnam-US" holds "US" and "Biden’s" holds "Biden".
 */
final class SupportCheck {

    private final JsonNode root;
    private final Map<String, List<String>> stateWords = readStateWords();
    private final Map<String, List<String>> leaderWords = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private SupportCheck(JsonNode root) {
        this.root = root;
        for (JsonNode leader : root.path("leaders")) {
            List<String> words = new ArrayList<>(List.of(leader.get("name").asText()));
            leader.path("aliases").forEach(alias -> words.add(alias.get("name").asText()));
            leaderWords.put(leader.get("id").asText(), words);
        }
    }

    /** What is wrong with the support of {@code root}'s records, one line each; empty when every field is carried. */
    static List<String> problems(JsonNode root) {
        SupportCheck check = new SupportCheck(root);
        check.run();
        return check.problems;
    }

    private void run() {
        for (JsonNode state : root.path("states")) {
            String where = "states." + state.get("code").asText();
            stated(Subject.STATE, state, where);
            states(state, where, "name", List.of(state.get("code").asText()));
        }
        for (JsonNode leader : root.path("leaders")) {
            String where = "leaders." + leader.get("id").asText();
            stated(Subject.LEADER, leader, where);
            leaders(leader, where, "name", List.of(leader.get("id").asText()));
            states(leader, where, "state", List.of(leader.get("state").asText()));
            for (JsonNode alias : leader.path("aliases")) {
                if (!hasWords(alias.path("excerpt").asText(), alias.get("name").asText())) {
                    problems.add(where + ".aliases: «" + alias.path("excerpt").asText() + "» does not name "
                            + alias.get("name").asText());
                }
            }
            int i = 0;
            for (JsonNode office : leader.path("offices")) {
                String at = where + ".offices[" + i++ + "]";
                stated(Subject.OFFICE, office, at);
                states(office, at, "state", List.of(office.get("state").asText()));
                date(office, at, "from");
                date(office, at, "to");
            }
        }
        for (JsonNode visit : root.path("visits")) {
            String where = "visits." + visit.get("id").asText();
            stated(Subject.VISIT, visit, where);
            leaders(visit, where, "guest", values(visit, "guest"));
            leaders(visit, where, "host", values(visit, "host"));
            states(visit, where, "hostState", values(visit, "hostState"));
            words(visit, where, "city", values(visit, "city"), "the city");
            date(visit, where, "date");
            date(visit, where, "endDate");
        }
        for (JsonNode agreement : root.path("agreements")) {
            String where = "agreements." + agreement.get("id").asText();
            stated(Subject.AGREEMENT, agreement, where);
            states(agreement, where, "parties", values(agreement, "parties"));
            date(agreement, where, "date");
        }
        for (JsonNode statement : root.path("statements")) {
            String where = "statements." + statement.get("id").asText();
            stated(Subject.STATEMENT, statement, where);
            leaders(statement, where, "speakers", values(statement, "speakers"));
            states(statement, where, "about", values(statement, "about"));
            date(statement, where, "date");
        }
        for (JsonNode event : root.path("events")) {
            String where = "events." + event.get("id").asText();
            stated(Subject.EVENT, event, where);
            states(event, where, "states", values(event, "states"));
            date(event, where, "date");
            date(event, where, "endDate");
        }
    }

    /** Every citation names fields of the record, and every stated field with a value has a citation for it. */
    private void stated(Subject subject, JsonNode record, String where) {
        for (JsonNode citation : record.path("sources")) {
            if (citation.path("supports").isEmpty()) {
                problems.add(where + ": «" + citation.path("excerpt").asText() + "» names no field it supports");
            }
            citation.path("supports").forEach(field -> {
                if (!Supports.fields(subject).contains(field.asText())) {
                    problems.add(where + ": supports '" + field.asText() + "', not a field of the record");
                }
            });
        }
        for (String field : Supports.fields(subject)) {
            JsonNode value = record.get(field);
            boolean given = value != null && !value.isNull() && !(value.isArray() && value.isEmpty())
                    && Supports.claims(field, value.asText());
            boolean ownCitations = subject == Subject.LEADER && (field.equals("aliases") || field.equals("offices"));
            if (given && !ownCitations && Supports.isStated(subject, field) && excerpts(record, field).isEmpty()) {
                problems.add(where + "." + field + " has a value that no citation supports");
            }
        }
    }

    private void leaders(JsonNode record, String where, String field, List<String> ids) {
        for (String id : ids) {
            List<String> names = leaderWords.getOrDefault(id, List.of(id));
            words(record, where, field, names, id);
        }
    }

    private void states(JsonNode record, String where, String field, List<String> codes) {
        for (String code : codes) {
            List<String> words = stateWords.get(code);
            if (words == null) {
                problems.add(where + "." + field + ": state " + code + " has no words in state-words.csv");
                continue;
            }
            words(record, where, field, words, code);
        }
    }

    /** One of {@code words} stands in one of the excerpts supporting {@code field}. */
    private void words(JsonNode record, String where, String field, List<String> words, String what) {
        if (words.isEmpty()) {
            return;
        }
        List<String> excerpts = excerpts(record, field);
        boolean carried = excerpts.stream().anyMatch(excerpt -> words.stream().anyMatch(w -> hasWords(excerpt, w)));
        if (!carried) {
            problems.add(where + "." + field + ": no excerpt supporting it names " + what + " (" + words + ")");
        }
    }

    /** The year, and the month's name or the day where the date gives them, stand together in one excerpt. */
    private void date(JsonNode record, String where, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        String date = value.asText();
        List<String> needed = new ArrayList<>(List.of(date.substring(0, 4)));
        if (date.length() >= 7) {
            needed.add(Month.of(Integer.parseInt(date.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        if (date.length() == 10) {
            needed.add(String.valueOf(Integer.parseInt(date.substring(8, 10))));
        }
        boolean carried = excerpts(record, field).stream()
                .anyMatch(excerpt -> needed.stream().allMatch(w -> hasWords(excerpt, w)));
        if (!carried) {
            problems.add(where + "." + field + " " + date + ": no excerpt supporting it says " + needed);
        }
    }

    private static List<String> excerpts(JsonNode record, String field) {
        List<String> excerpts = new ArrayList<>();
        for (JsonNode citation : record.path("sources")) {
            for (JsonNode supported : citation.path("supports")) {
                if (supported.asText().equals(field)) {
                    excerpts.add(citation.path("excerpt").asText());
                }
            }
        }
        return excerpts;
    }

    private static List<String> values(JsonNode record, String field) {
        JsonNode value = record.get(field);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(v -> values.add(v.asText()));
        } else {
            values.add(value.asText());
        }
        return values;
    }

    static boolean hasWords(String text, String words) {
        return (" " + plain(text) + " ").contains(" " + plain(words) + " ");
    }

    /** Letters and digits only, diacritics removed, everything else one space: words, not punctuation. */
    private static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, List<String>> readStateWords() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = SupportCheck.class.getResourceAsStream("state-words.csv")) {
            if (in == null) {
                throw new IllegalStateException("state-words.csv is missing beside SupportCheck");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] parts = line.split(",", 2);
                words.put(parts[0], List.of(parts[1].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
