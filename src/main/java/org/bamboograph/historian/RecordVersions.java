package org.bamboograph.historian;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bamboograph.value.NameKey;

/**
 * One version of each record per import. Records are keyed by dataset and record id, so two files of one import that
 * give the same record differently (two copies of a publisher's file taken at different times, side by side) would
 * each claim the record's rows; which one should win is the user's call, not the importer's. The later of two
 * differing versions is a problem of its record, naming where the other stands; a record repeated word for word is
 * harmless and stays (it is counted unchanged).
 */
final class RecordVersions {

    /** What a record says, without where it was read. */
    private record Content(String person, String slug, String country, Object start, Object end, String locale,
            String text) {

        static Content of(HistorianRecord r) {
            return new Content(r.person(), r.slug(), bare(r.country()), r.start(), r.end(), bare(r.locale()),
                    bare(r.text()));
        }

        /**
         * A text without its spaces: two copies that differ only in spacing ("St. Thomas,St. Croix" and "St. Thomas,
         * St. Croix", the publisher's secretaries/ and secretary-travels/ copies of one trip) say the same.
         */
        private static String bare(String text) {
            return text == null ? null : SPACE.matcher(text).replaceAll("");
        }

        /** The same record but for how it writes the person ("Antony Blinken", "Antony John Blinken"). */
        boolean sameButPerson(Content other) {
            return new Content(null, slug, country, start, end, locale, text)
                    .equals(new Content(null, other.slug, other.country, other.start, other.end, other.locale,
                            other.text));
        }
    }

    /**
     * A record given twice, word for word but for the traveller's name: the publisher's one record, its person written
     * two ways (a file renamed when a fuller name was adopted, shipped beside the old one). {@code other}'s name is a
     * spelling of {@code kept}'s person.
     */
    record Spelling(HistorianRecord kept, HistorianRecord other) {
    }

    /**
     * The files as checked, the spellings their repeated records give, and the names of the files whose records met
     * another file's version of themselves: those are read again by every import, as a pair, for one skipped as
     * unchanged beside the other read would let the other overwrite it unchecked.
     */
    record Checked(List<HistorianParser.ParsedFile> files, List<Spelling> spellings, java.util.Set<String> contested) {
    }

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

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
     * The files, in the same order, with every record that contradicts an earlier version of itself moved to problems;
     * one that differs only in its person's name is left out, its name kept as a {@link Spelling}. One record names
     * one traveller, so its two names are one person's: that is evidence beyond the name, which merging by name alone
     * never takes.
     */
    static Checked oneEach(List<HistorianParser.ParsedFile> files) {
        Map<String, HistorianRecord> first = new HashMap<>();
        Map<HistorianRecord, HistorianParser.ParsedFile> readFrom = new java.util.IdentityHashMap<>();
        List<Spelling> spellings = new ArrayList<>();
        java.util.Set<String> contested = new java.util.HashSet<>();
        List<HistorianParser.ParsedFile> checked = new ArrayList<>(files.size());
        for (HistorianParser.ParsedFile file : files) {
            List<HistorianRecord> kept = new ArrayList<>(file.records().size());
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            for (HistorianRecord record : file.records()) {
                HistorianRecord earlier = first.putIfAbsent(record.dataset() + ":" + record.recordId(), record);
                if (earlier == null) {
                    readFrom.put(record, file);
                }
                if (earlier != null && !asWritten(earlier).equals(asWritten(record))) {
                    contested.add(earlier.file());
                    contested.add(record.file());
                }
                if (earlier == null || asWritten(earlier).equals(asWritten(record))) {
                    kept.add(record);
                } else if (Content.of(earlier).equals(Content.of(record))) {
                    // The same record spaced otherwise: the first copy stands, as it would word for word.
                    continue;
                } else if (Content.of(earlier).sameButPerson(Content.of(record)) && onePerson(earlier)
                        && onePerson(record) && spellingsOfOneName(earlier, record)) {
                    spellings.add(new Spelling(earlier, record));
                } else {
                    // Two files may share a name (two downloads of one publisher's file side by side): say so, or
                    // the problem would seem to name one place twice.
                    String where = earlier.file().equals(record.file()) && readFrom.get(earlier) != file
                            ? " in the other file of that name" : "";
                    // Two travellers' files giving one id (the publisher numbered two trips alike) are not two
                    // versions of a trip: say whose the other one is.
                    String what = earlier.isTrip() && !spellingsOfOneName(earlier, record)
                            ? ", a trip of " + personName(earlier) + ": the files give two trips one id"
                            : ", with other content" + where + ": two versions of one record";
                    problems.add(new ImportProblem(record.file(), record.line(), record.recordId(), "record "
                            + record.recordId() + " is also at " + earlier.file() + ":" + earlier.line() + what
                            + "; import only one of them"));
                }
            }
            if (kept.size() < file.records().size()) {
                problems.sort(java.util.Comparator.comparing(p -> p.line == null ? 0 : p.line));
                checked.add(new HistorianParser.ParsedFile(file.file(), kept, file.presidents(), problems));
            } else {
                checked.add(file);
            }
        }
        return new Checked(checked, spellings, contested);
    }

    /** A record's content exactly as written, spacing included. */
    private static List<Object> asWritten(HistorianRecord r) {
        return java.util.Arrays.asList(r.person(), r.slug(), r.country(), r.start(), r.end(), r.locale(), r.text());
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
