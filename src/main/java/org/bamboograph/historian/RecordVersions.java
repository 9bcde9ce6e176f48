package org.bamboograph.historian;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bamboograph.value.NameKey;

/**
 * One version of each record per import. Records are keyed by dataset and record id, so two files of one import that
 * give the same record differently (two copies of a publisher's file taken at different times, side by side) would
 * each claim the record's rows; which one should win is the user's call, not the importer's. The later of two
 * differing versions is a problem of its record, naming where the other stands; a record repeated word for word is
 * harmless and stays (it is counted unchanged). Versions are compared by the state their country names, not by how
 * they write it: the publisher renamed slugs and names between copies ("turkey"/"Turkey", then
 * "turkiye"/"Türkiye"; "macedonia", then "north-macedonia"), and a country written another way is the same fact.
 */
final class RecordVersions {

    /** What a record says, without where it was read; its country as the state it names. */
    private record Content(String person, String state, Object start, Object end, String locale, String text) {

        static Content of(HistorianRecord r, StateMap states) {
            StateMap.Entry state = states.resolve(r.slug(), r.country());
            // Every record here names a state (those naming none are problems already); the raw text is a fallback.
            return new Content(r.person(), state == null ? r.slug() + "|" + r.country() : state.code(), r.start(),
                    r.end(), bare(r.locale()), bare(r.text()));
        }

        /**
         * A text without its spaces: two copies that differ only in spacing ("St. Thomas,St. Croix" and "St. Thomas,
         * St. Croix", the publisher's secretaries/ and secretary-travels/ copies of one trip) say the same.
         */
        private static String bare(String text) {
            return text == null ? null : SPACE.matcher(text).replaceAll("");
        }

        /** The content with {@code person} in the person's place: the trip alone, keyed by what else it says. */
        Content withPerson(String person) {
            return new Content(person, state, start, end, locale, text);
        }

        /** The same record but for how it writes the person ("Antony Blinken", "Antony John Blinken"). */
        boolean sameButPerson(Content other) {
            return new Content(null, state, start, end, locale, text)
                    .equals(new Content(null, other.state, other.start, other.end, other.locale, other.text));
        }
    }

    /**
     * Whether the trip or visit is one kept already under another id: the same traveller's role, days, state, place and
     * words (the publisher's older {@code tillerson-rex-wayne.xml} gives the trips of {@code tillerson-rex-w.xml} under
     * other ids and a fuller name; {@code blinken-antony-j.xml} gives some of its trips twice; an older copy of
     * {@code visits/2010.xml} numbers visits of 2017 two and three times over, where the newer copy gives them ids of
     * their own). One trip is one visit; a name it gives that the kept one does not is the same traveller's, as for a
     * record spelt two ways.
     */
    private static boolean sameTrip(Map<List<Object>, List<Seen>> trips, HistorianRecord record,
            StateMap states, List<Spelling> spellings) {
        if (!onePerson(record)) {
            // A visit naming several people: a record kept for one of them would leave the others out.
            return false;
        }
        // Keyed by the days first: what else the trip says (the state its country names, its words without their
        // spacing) is worked out only for the few trips of the same days.
        List<Seen> sameDays = trips.computeIfAbsent(
                java.util.Arrays.asList(record.dataset(), record.start(), record.end()), k -> new ArrayList<>(1));
        Seen seen = new Seen(record);
        HistorianRecord kept = null;
        for (Seen other : sameDays) {
            if (other.trip(states).equals(seen.trip(states))) {
                kept = other.record;
                break;
            }
        }
        if (kept == null) {
            sameDays.add(seen);
            return false;
        }
        if (kept.recordId().equals(record.recordId())) {
            return false;
        }
        if (!spellingsOfOneName(kept, record)) {
            // Two people on one journey, each on a file of their own: two trips.
            return false;
        }
        if (!java.util.Objects.equals(NameKey.mergeKeyOf(kept.person()), NameKey.mergeKeyOf(record.person()))) {
            spellings.add(new Spelling(kept, record));
        }
        return true;
    }

    /**
     * A trip or visit of this import, and what it says but for its person, worked out once and only when another
     * record of the same days is compared with it: a summit gives dozens of visits of the same days.
     */
    private static final class Seen {
        private final HistorianRecord record;
        private Content trip;

        Seen(HistorianRecord record) {
            this.record = record;
        }

        Content trip(StateMap states) {
            if (trip == null) {
                trip = Content.of(record, states).withPerson(null);
            }
            return trip;
        }
    }

    /** Word for word, spacing included: the country written the same way too. */
    private static boolean verbatim(HistorianRecord a, HistorianRecord b) {
        return java.util.Arrays.asList(a.person(), a.slug(), a.country(), a.start(), a.end(), a.locale(), a.text())
                .equals(java.util.Arrays.asList(b.person(), b.slug(), b.country(), b.start(), b.end(), b.locale(),
                        b.text()));
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * A record given twice, word for word but for the traveller's name: the publisher's one record, its person written
     * two ways (a file renamed when a fuller name was adopted, shipped beside the old one). {@code other}'s name is a
     * spelling of {@code kept}'s person.
     */
    record Spelling(HistorianRecord kept, HistorianRecord other) {
    }

    /** The files as checked, and the spellings their repeated records give. */
    record Checked(List<HistorianParser.ParsedFile> files, List<Spelling> spellings) {
    }

    private RecordVersions() {
    }

    /**
     * The names ({@code <folder>/<file>}) that two files of one import with different content share: two copies of
     * one publisher's file. Neither may be skipped as unchanged, or the one read would overwrite the other's records
     * unchecked, and the next import would read the other one back.
     */
    static java.util.Set<String> sharedNames(List<ImportFiles.Content> contents) {
        Map<String, String> checksums = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (ImportFiles.Content content : contents) {
            String before = checksums.putIfAbsent(content.name(), content.checksum());
            if (before != null && !before.equals(content.checksum())) {
                shared.add(content.name());
            }
        }
        return shared;
    }

    /**
     * Of the files named {@code unchanged}, those that stored a record one of {@code read} gives again: the earlier
     * version of that record stands in the database, from a file this import would skip. Empty, without asking the
     * database, when nothing is read or nothing skipped.
     */
    static java.util.Set<String> storedFrom(java.sql.Connection connection, List<HistorianParser.ParsedFile> read,
            java.util.Set<String> unchanged) throws java.sql.SQLException {
        java.util.Set<String> files = new java.util.HashSet<>();
        if (read.isEmpty() || unchanged.isEmpty()) {
            return files;
        }
        Map<String, String> readBy = new HashMap<>();
        for (HistorianParser.ParsedFile file : read) {
            for (HistorianRecord record : file.records()) {
                readBy.putIfAbsent(record.dataset() + ":" + record.recordId(), file.file());
            }
        }
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "select dataset, record_id, file_name from import_record")) {
            while (rows.next()) {
                String stored = rows.getString(3);
                String reader = readBy.get(rows.getString(1) + ":" + rows.getString(2));
                if (reader != null && !reader.equals(stored) && unchanged.contains(stored)) {
                    files.add(stored);
                }
            }
        }
        return files;
    }

    /**
     * The files, in the same order, with every record that contradicts an earlier version of itself moved to problems;
     * one that differs only in its person's name is left out, its name kept as a {@link Spelling}. One record names
     * one traveller, so its two names are one person's: that is evidence beyond the name, which merging by name alone
     * never takes. One that differs only in how it writes its country, the same state, is left out too.
     */
    static Checked oneEach(List<HistorianParser.ParsedFile> files, StateMap states) {
        Map<String, HistorianRecord> first = new HashMap<>();
        Map<List<Object>, List<Seen>> trips = new HashMap<>();
        Map<HistorianRecord, HistorianParser.ParsedFile> readFrom = new java.util.IdentityHashMap<>();
        List<Spelling> spellings = new ArrayList<>();
        List<HistorianParser.ParsedFile> checked = new ArrayList<>(files.size());
        for (HistorianParser.ParsedFile file : files) {
            List<HistorianRecord> kept = new ArrayList<>(file.records().size());
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            boolean renamed = false;
            Map<String, List<HistorianRecord>> byId = new HashMap<>();
            for (HistorianRecord read : file.records()) {
                List<HistorianRecord> sameId = byId.computeIfAbsent(read.recordId(), id -> new ArrayList<>(1));
                HistorianRecord record = reusedId(read, sameId, states);
                sameId.add(record);
                HistorianRecord earlier = first.putIfAbsent(record.dataset() + ":" + record.recordId(), record);
                if (earlier != null && collides(earlier, record)) {
                    record = withId(record, ownId(record));
                    earlier = first.putIfAbsent(record.dataset() + ":" + record.recordId(), record);
                }
                renamed |= record != read;
                if (earlier == null) {
                    readFrom.put(record, file);
                }
                Content was = earlier == null ? null : Content.of(earlier, states);
                Content is = was == null ? null : Content.of(record, states);
                if (earlier == null || was.equals(is) && verbatim(earlier, record)) {
                    if (!sameTrip(trips, record, states, spellings)) {
                        kept.add(record);
                    }
                } else if (was.equals(is)) {
                    // The same record, its country or its spacing written another way: the earlier version stands.
                    continue;
                } else if (was.sameButPerson(is) && onePerson(earlier) && onePerson(record)
                        && spellingsOfOneName(earlier, record)) {
                    spellings.add(new Spelling(earlier, record));
                } else {
                    // Two files may share a name (two downloads of one publisher's file side by side): say so, or
                    // the problem would seem to name one place twice.
                    String where = earlier.file().equals(record.file()) && readFrom.get(earlier) != file
                            ? " in the other file of that name" : "";
                    // A trip of another traveller on the same day under the same id: say whose the other one is.
                    String what = earlier.isTrip() && !spellingsOfOneName(earlier, record)
                            ? ", a trip of " + personName(earlier) + ": the files give two trips one id"
                            : ", with other content" + where + ": two versions of one record";
                    problems.add(new ImportProblem(record.file(), record.line(), record.recordId(), "record "
                            + record.recordId() + " is also at " + earlier.file() + ":" + earlier.line() + what
                            + "; import only one of them"));
                }
            }
            if (kept.size() < file.records().size() || renamed) {
                problems.sort(java.util.Comparator.comparing(p -> p.line == null ? 0 : p.line));
                checked.add(new HistorianParser.ParsedFile(file.file(), kept, file.presidents(), problems));
            } else {
                checked.add(file);
            }
        }
        return new Checked(checked, spellings);
    }

    /**
     * The record, or, where its file gave its id to another record before it ({@code before}: the file's earlier
     * records of that id, as named here), the record under an id of its own: {@code 3820~2} for the second record of
     * the file with id 3820 and other content (the publisher's {@code tillerson-rex-wayne.xml} numbers its trips 3820
     * to 3829 three times over). Within one file an id given to two trips names neither alone; the file's order
     * numbers them, the same in every copy of the file.
     */
    private static HistorianRecord reusedId(HistorianRecord record, List<HistorianRecord> before, StateMap states) {
        if (before.isEmpty()) {
            return record;
        }
        Content content = Content.of(record, states);
        for (HistorianRecord other : before) {
            if (Content.of(other, states).equals(content)) {
                // A repeat of an earlier record of the file: that record again, under the id it was given.
                return other.recordId().equals(record.recordId()) ? record : withId(record, other.recordId());
            }
        }
        return withId(record, record.recordId() + REUSED + (before.size() + 1));
    }

    /** Between a record's id and the count of the records of its file that used that id up to it. */
    static final String REUSED = "~";

    /** Between a record's id and the mark of its traveller's file, for an id another traveller's record has too. */
    static final String TAKEN = "@";

    /**
     * Two trips under one id that are neither versions of one record nor one record spelt two ways: another
     * traveller's trip, on another day. The publisher numbers each traveller's file on its own and the numbers meet
     * (Clinton's 3902 to 3912 are Pompeo's too, his 3913 to 3928 Tillerson's). Versions of one record keep its
     * traveller; a record spelt two ways keeps its day (a trip of that day to another state stays a contradiction).
     */
    static boolean collides(HistorianRecord earlier, HistorianRecord record) {
        if (!earlier.isTrip() || !record.isTrip() || earlier.file().equals(record.file())
                || java.util.Objects.equals(NameKey.mergeKeyOf(earlier.person()),
                        NameKey.mergeKeyOf(record.person()))) {
            return false;
        }
        return !java.util.Objects.equals(earlier.start(), record.start());
    }

    /**
     * The id of a trip whose publisher's id another traveller's trip has: the id and a mark of its own traveller's
     * file ({@code pompeo-michael-r.xml}), short enough for the record id's column, the same in every import.
     */
    static String ownId(HistorianRecord record) {
        String file = record.file();
        String name = file.substring(file.lastIndexOf('/') + 1);
        return record.recordId() + TAKEN + HistorianImport.checksum(name).substring(0, 8);
    }

    static HistorianRecord withId(HistorianRecord r, String id) {
        return new HistorianRecord(r.dataset(), id, r.file(), r.line(), r.person(), r.slug(), r.country(), r.start(),
                r.end(), r.locale(), r.text());
    }

    /**
     * Whether two names of one record can be one person's: the same short form ("Antony J. Blinken", "Antony John
     * Blinken"), or every word of the shorter among the longer's ("Antony Blinken"). A copy that names someone else
     * for the same record ("Mohd Najib Razak" where the newer copy corrects it to "Ismail Sabri Yaakob") is another
     * version of the record, not a spelling: taking it for one would make one man the alias of another.
     */
    static boolean spellingsOfOneName(HistorianRecord a, HistorianRecord b) {
        return spellingsOfOneName(personName(a), personName(b));
    }

    /** {@link #spellingsOfOneName(HistorianRecord, HistorianRecord)} for two names as written. */
    static boolean spellingsOfOneName(String x, String y) {
        String shortX = NameKey.shortOf(x);
        if (shortX != null && shortX.equals(NameKey.shortOf(y))) {
            return true;
        }
        java.util.Set<String> wordsX = words(x);
        java.util.Set<String> wordsY = words(y);
        java.util.Set<String> fewer = wordsX.size() <= wordsY.size() ? wordsX : wordsY;
        java.util.Set<String> more = fewer == wordsX ? wordsY : wordsX;
        return fewer.size() >= 2 && more.containsAll(fewer);
    }

    private static String personName(HistorianRecord record) {
        if (record.isTrip()) {
            return record.person().strip();
        }
        PersonName person = PersonName.parseAll(record.person()).get(0);
        return person.name() == null ? record.person().strip() : person.name();
    }

    private static java.util.Set<String> words(String name) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : NameKey.mergeKeyOf(name).split("[\\s,]+")) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    /** A trip names its one traveller; a visit's string may name several, and then no spelling is sure. */
    private static boolean onePerson(HistorianRecord record) {
        return record.isTrip() || PersonName.parseAll(record.person()).size() == 1;
    }
}
