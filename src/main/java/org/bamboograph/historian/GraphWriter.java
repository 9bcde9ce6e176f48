package org.bamboograph.historian;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bamboograph.citation.Subject;
import org.bamboograph.citation.Supports;
import org.bamboograph.load.RowBatch;
import org.bamboograph.load.Tables;
import org.bamboograph.load.VisitMerge;
import org.bamboograph.search.SearchType;
import org.bamboograph.value.DateSpan;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.Origin;

/**
 * Turns parsed historian records into rows. What the graph already holds (leaders and their spellings, offices,
 * states, imported records, curated visits) is read once up front; new and changed rows are collected and written in
 * JDBC batches at the end, in foreign-key order.
 */
final class GraphWriter {

    private record LeaderRef(String id) {
    }

    /** An office as far as its dates go: title folded, state, span (null ends where the sources give none). */
    private record OfficeRef(String titleKey, String stateCode, String from, String to) {
    }

    private record VisitRef(String id, String guestId, String hostState, LocalDate start, LocalDate end) {
    }

    /** A record imported before: its checksum, the visit it gave or merged into, that visit's guest, its first day. */
    private record Imported(String checksum, String visitId, String guestId, String date) {
    }

    /** What a leader's id keeps of a folded name: letters and digits, each other run one dash, none at the ends. */
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");

    /** The columns of a visit the importer writes; its inserts and updates take them in this order, then the id. */
    private static final String[] VISIT_COLUMNS = { "guest_id", "host_state_code", "city", "date_text",
        "end_date_text", "date_start", "date_precision", "span_end", "purpose", "guest_state_code" };

    /** What a visit or trip record gives, as its citation's supports: dates, place, guest, host state, description. */
    private static final String VISIT_SUPPORTS = Supports.join(Subject.VISIT, Supports.IMPORTED_VISIT);

    private final Connection connection;
    private final StateMap stateMap;
    private final Successions successions;
    /** Folded into every record's checksum: rows imported under other rules are written again. */
    private final String rules;
    private final ImportSummary summary;

    private final Map<String, List<LeaderRef>> leadersByKey = new HashMap<>();
    /** The spellings each leader is known by (name and aliases), exactly as written. */
    private final Map<String, Set<String>> spellingsByLeader = new HashMap<>();
    private final Set<String> leaderIds = new HashSet<>();
    /** The state of each leader's latest office, as the rows say and as this import moves it. */
    private final Map<String, String> leaderStates = new HashMap<>();
    private final Map<String, List<OfficeRef>> datedOffices = new HashMap<>();
    private final Map<String, Integer> nextAliasPosition = new HashMap<>();
    private final Set<String> officeKeys = new HashSet<>();
    /** Leader id and state code of every office held. */
    private final Set<String> heldStates = new HashSet<>();
    /** Undated imported offices by leader, folded title and state: the ones a dated term replaces. */
    private final Map<String, List<String>> undatedOffices = new HashMap<>();
    private final Map<String, Integer> nextOfficePosition = new HashMap<>();
    /** Terms stored with a start and no end, by {@link #termKey}: an ended term of the same start replaces them. */
    private final Map<String, List<String>> openTerms = new HashMap<>();
    /** Terms known with their end, by {@link #termKey}. */
    private final Set<String> endedTerms = new HashSet<>();
    private final Set<String> stateCodes = new HashSet<>();
    /** The names of the states earlier imports created, which follow the state table when it changes. */
    private final Map<String, String> importedStateNames = new HashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Map<String, Imported> imported = new HashMap<>();
    private final List<VisitRef> curatedVisits = new ArrayList<>();

    /**
     * The rows to write, one batch per statement, written in foreign-key order ({@link #inWriteOrder}); new rows of
     * a table in the order of its key, which no row of the same batch refers to.
     */
    private final RowBatch sources;
    private final RowBatch states;
    /** Imported states renamed by today's state table. */
    private final RowBatch stateNames;
    private final RowBatch leaders;
    /** Leaders whose latest office moved to a successor state. */
    private final RowBatch leaderMoves;
    private final RowBatch aliases;
    /** Undated imported offices that a dated term replaces, and their citations. */
    private final RowBatch officeCitationDeletes;
    private final RowBatch officeDeletes;
    private final RowBatch offices;
    private final RowBatch visits;
    private final RowBatch visitUpdates;
    private final RowBatch citationDeletes;
    private final RowBatch citations;
    private final RowBatch importDeletes;
    private final RowBatch imports;
    private final List<RowBatch> inWriteOrder;
    private final int batchSize;
    private final List<String[]> merges = new ArrayList<>();
    /** The records whose searched texts this import may change: the search index refreshes these only. */
    private final Map<SearchType, Set<String>> touched = new EnumMap<>(SearchType.class);

    GraphWriter(Connection connection, StateMap stateMap, Successions successions, String rules, int batchSize,
            ImportSummary summary) throws SQLException {
        this.connection = connection;
        this.summary = summary;
        this.stateMap = stateMap;
        this.successions = successions;
        this.rules = rules;
        this.batchSize = batchSize;
        RowBatch[] inOrder = {
                sources = batch(Tables.SOURCE.insert(Origin.HISTORIAN, "id", "title", "publisher", "url")),
                states = batch(Tables.STATE.insert(Origin.HISTORIAN, "code", "name", "kind")),
                stateNames = batch(Tables.STATE.updateByKey("name")),
                leaders = batch(Tables.LEADER.insert(Origin.HISTORIAN, "id", "name", "name_key", "short_key",
                        "state_code")).sortedBy(0),
                leaderMoves = batch(Tables.LEADER.updateByKey("state_code")),
                aliases = batch(Tables.LEADER_ALIAS.insert(Origin.HISTORIAN, "leader_id", "position", "name",
                        "name_key", "short_key", "source_id", "excerpt")),
                officeCitationDeletes = batch("delete from " + Tables.CITATION.name()
                        + " where subject_type = 'OFFICE' and subject_id = ?"),
                officeDeletes = batch(Tables.OFFICE.deleteByKey()),
                offices = batch(Tables.OFFICE.insert(Origin.HISTORIAN, "id", "leader_id", "position", "title",
                        "state_code", "date_from", "date_to")).sortedBy(0),
                visits = batch(Tables.VISIT.insertKeyLast(Origin.HISTORIAN, VISIT_COLUMNS))
                        .sortedBy(VISIT_COLUMNS.length),
                visitUpdates = batch(Tables.VISIT.updateByKey(VISIT_COLUMNS)),
                citationDeletes = batch(Tables.CITATION.deleteByKey()),
                citations = batch(Tables.CITATION.insert(Origin.HISTORIAN, "id", "subject_type", "subject_id",
                        "position", "source_id", "excerpt", "locator", "supports", "note")).sortedBy(0),
                importDeletes = batch(Tables.IMPORT_RECORD.deleteByKey()),
                imports = batch(Tables.IMPORT_RECORD.insert("id", "dataset", "record_id", "file_name", "visit_id",
                        "checksum", "date_text", "end_date_text", "city")).sortedBy(0) };
        this.inWriteOrder = List.of(inOrder);
        load();
    }

    private void load() throws SQLException {
        query("select id, name_key, state_code, name from leader order by id", rs -> {
            LeaderRef ref = new LeaderRef(rs.getString(1));
            leaderIds.add(ref.id());
            leaderStates.put(ref.id(), rs.getString(3));
            index(NameKey.mergeKeyOf(rs.getString(4)), ref, rs.getString(4));
        });
        query("select a.leader_id, a.name_key, a.position, a.name from leader_alias a order by a.leader_id, a.position",
                rs -> {
            index(NameKey.mergeKeyOf(rs.getString(4)), new LeaderRef(rs.getString(1)), rs.getString(4));
            nextAliasPosition.merge(rs.getString(1), Math.max(1000, rs.getInt(3) + 1), Math::max);
        });
        query("select leader_id, title, state_code, date_from, date_to, position, id, origin from office", rs -> {
            heldStates.add(rs.getString(1) + "|" + rs.getString(3));
            if (Origin.HISTORIAN.column().equals(rs.getString(8)) && rs.getString(4) == null && rs.getString(5) == null) {
                undatedOffices.computeIfAbsent(rs.getString(1) + "|" + NameKey.of(rs.getString(2)) + "|"
                        + rs.getString(3), k -> new ArrayList<>()).add(rs.getString(7));
            }
            officeKeys.add(officeKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            dated(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            if (rs.getString(4) != null) {
                String term = termKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                if (rs.getString(5) == null) {
                    openTerms.computeIfAbsent(term, k -> new ArrayList<>()).add(rs.getString(7));
                } else {
                    endedTerms.add(term);
                }
            }
            nextOfficePosition.merge(rs.getString(1), Math.max(1000, rs.getInt(6) + 1), Math::max);
        });
        query("select code, name, origin from state", rs -> {
            stateCodes.add(rs.getString(1));
            if (Origin.HISTORIAN.column().equals(rs.getString(3))) {
                importedStateNames.put(rs.getString(1), rs.getString(2));
            }
        });
        query("select id from source", rs -> sourceIds.add(rs.getString(1)));
        query("select r.id, r.checksum, r.visit_id, v.guest_id, r.date_text from import_record r "
                + "left join visit v on v.id = r.visit_id", rs -> imported.put(rs.getString(1),
                        new Imported(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
        query("select id, guest_id, host_state_code, date_start, span_end from visit where origin <> " + Origin.HISTORIAN.literal() + " "
                + "and date_start is not null", rs -> curatedVisits.add(new VisitRef(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))));
    }

    ImportSummary summary() {
        return summary;
    }

    /**
     * The records, by kind, whose searched texts the rows written may have changed: created or changed, given an
     * alias, an office or a citation (an office's counts as its leader's), or merged into.
     */
    Map<SearchType, Set<String>> touched() {
        return touched;
    }

    private void touch(SearchType type, String id) {
        touched.computeIfAbsent(type, t -> new HashSet<>()).add(id);
    }

    /** A president of presidents.xml: a Leader (found by name, or new) with the dated office. */
    void president(PresidentRecord president) {
        String source = travelsSource("president");
        String excerpt = president.name();
        String locator = Locators.of(president.file(), president.id());
        String leader = leader(president.name(), "USA", source, excerpt, locator);
        String title = "President of the United States";
        String from = president.tookOffice() == null ? null : president.tookOffice().toString();
        String to = president.leftOffice() == null ? null : president.leftOffice().toString();
        String term = from == null ? null : termKey(leader, title, "USA", from);
        // A list that still has the president in office, beside one that knows when that term ended: one term, ended.
        if (to != null || term == null || !endedTerms.contains(term)) {
            office(leader, title, "USA", from, to, source, excerpt, locator, null);
        }
        if (term != null && to != null) {
            endedTerms.add(term);
            for (String open : openTerms.getOrDefault(term, List.of())) {
                officeCitationDeletes.add(open);
                officeDeletes.add(open);
                officeKeys.remove(officeKey(leader, title, "USA", from, null));
                touch(SearchType.LEADER, leader);
            }
            openTerms.remove(term);
        }
        if (president.tookOffice() != null) {
            // The terms are the office: an undated copy an earlier import of trips left goes, whatever the order.
            for (String undated : undatedOffices.getOrDefault(leader + "|" + NameKey.of(title) + "|USA", List.of())) {
                officeCitationDeletes.add(undated);
                officeDeletes.add(undated);
                touch(SearchType.LEADER, leader);
                officeKeys.remove(officeKey(leader, title, "USA", null, null));
            }
            undatedOffices.remove(leader + "|" + NameKey.of(title) + "|USA");
        }
    }

    /** A visit or trip record: one visit per person it names, merged into a curated visit of the same trip if any. */
    void record(HistorianRecord given) {
        summary.recordsRead++;
        HistorianRecord record = ownIdIfTaken(given);
        StateMap.Entry country = stateMap.resolve(record.slug(), record.country());
        List<PersonName> people = record.isTrip()
                ? List.of(new PersonName(tripTitle(record.role()), record.person()))
                : PersonName.parseAll(record.person());
        for (int k = 0; k < people.size(); k++) {
            person(record, people.get(k), k, country);
        }
    }

    private void person(HistorianRecord record, PersonName person, int k, StateMap.Entry country) {
        String key = record.dataset() + ":" + record.recordId() + (k == 0 ? "" : "#" + (k + 1));
        String date = record.start() == null ? null : record.start().toString();
        String endDate = record.end() == null || record.end().equals(record.start()) ? null : record.end().toString();
        String checksum = HistorianImport.checksum(rules, record.dataset(), record.recordId(), person.title(),
                person.name(), record.slug(), record.country(), date, endDate, record.locale(), record.text(), k);
        Imported before = imported.get(key);
        if (before != null && before.checksum().equals(checksum)) {
            summary.skipped++;
            return;
        }
        String source = record.isTrip() ? travelsSource(record.role())
                : source("historian-visits", "Visits by Foreign Leaders", "visits");
        String locator = Locators.of(record.file(), record.recordId());
        String guestState = record.isTrip() ? "USA" : state(country, source, record, locator);
        String hostState = record.isTrip() ? state(country, source, record, locator) : "USA";
        String name = person.name() == null ? record.person().strip() : person.name();
        String leader = renamedTraveller(record, before, name, source);
        if (leader == null) {
            leader = leader(name, guestState, source, record.person().strip(), locator);
        }
        if (person.title() != null && !holdsDatedOffice(leader, person.title(), guestState)) {
            office(leader, person.title(), guestState, null, null, source, record.person().strip(), locator,
                    record.isTrip() ? undatedNote(record.role()) : null);
        }

        DateSpan span = DateSpan.of(date, endDate);
        VisitRef target = mergeTarget(leader, hostState, span);
        String visitId;
        if (target != null) {
            visitId = target.id();
            merges.add(new String[] { visitId, date, endDate, record.locale() });
            touch(SearchType.VISIT, visitId);
            summary.merged++;
        } else {
            visitId = before != null ? before.visitId() : "h-" + record.dataset() + "-" + record.recordId()
                    + (k == 0 ? "" : "-" + (k + 1));
            (before != null ? visitUpdates : visits).add(leader, hostState, record.locale(), date, endDate,
                    span.start(), span.precision(), span.end(), record.text(), guestState, visitId);
            touch(SearchType.VISIT, visitId);
        }
        if (before != null) {
            if (target == null) {
                summary.updated++;
            }
            importDeletes.add(key);
            citationDeletes.add("VISIT:" + before.visitId() + ":h:" + key);
            touch(SearchType.VISIT, before.visitId());
        } else if (target == null) {
            summary.created++;
        }
        String excerpt = record.person().strip() + (record.text() == null ? "" : " — " + record.text());
        touch(SearchType.VISIT, visitId);
        citations.add("VISIT:" + visitId + ":h:" + key, "VISIT", visitId, 1000, source,
                excerpt.length() > 2000 ? excerpt.substring(0, 2000) : excerpt, locator, VISIT_SUPPORTS, null);
        // import_record requires a date; an undated record keeps it empty (it never merges into a curated visit,
        // the one case that reads it back).
        imports.add(key, record.dataset(), record.recordId(), record.file(), visitId, checksum,
                date == null ? "" : date, endDate, record.locale());
        imported.put(key, new Imported(checksum, visitId, leader, date));
    }

    /**
     * The trip, under an id of its own where another traveller's trip imported before holds its id on another day
     * ({@link RecordVersions#collides}): a later import of one traveller's file must not take the other's trip for a
     * renamed copy of its own.
     */
    private HistorianRecord ownIdIfTaken(HistorianRecord record) {
        if (!record.isTrip() || record.recordId().contains(RecordVersions.TAKEN)) {
            return record;
        }
        Imported before = imported.get(record.dataset() + ":" + record.recordId());
        if (before == null || before.guestId() == null || before.date() == null
                || before.date().equals(record.start() == null ? "" : record.start().toString())
                || leadersByKey.getOrDefault(NameKey.mergeKeyOf(record.person().strip()), List.of())
                        .contains(new LeaderRef(before.guestId()))) {
            return record;
        }
        return RecordVersions.withId(record, RecordVersions.ownId(record));
    }

    /**
     * The other name a record repeated with another spelling of its person gives ({@link RecordVersions.Spelling}):
     * an alias of the leader the kept record names, citing the repeated record.
     */
    void spelling(HistorianRecord kept, HistorianRecord other) {
        StateMap.Entry country = stateMap.resolve(kept.slug(), kept.country());
        String source = kept.isTrip() ? travelsSource(kept.role())
                : source("historian-visits", "Visits by Foreign Leaders", "visits");
        String guestState = kept.isTrip() ? "USA" : country.code();
        String leader = leader(personName(kept), guestState, source, kept.person().strip(),
                Locators.of(kept.file(), kept.recordId()));
        alias(leader, personName(other), source, other.person().strip());
    }

    /** The name of a record's one person, without the title a visit's string gives. */
    private static String personName(HistorianRecord record) {
        if (record.isTrip()) {
            return record.person().strip();
        }
        PersonName person = PersonName.parseAll(record.person()).get(0);
        return person.name() == null ? record.person().strip() : person.name();
    }

    /**
     * The traveller of a trip imported before under another name: a travels file is one traveller's, so the same record
     * naming its traveller otherwise is the publisher's new spelling of that person ("Antony Blinken" of
     * blinken-antony.xml, then "Antony John Blinken" of blinken-antony-j.xml), an alias of the Leader the trip already
     * has, not a new Leader that would leave the first one without his trips. Null where that does not apply.
     */
    private String renamedTraveller(HistorianRecord record, Imported before, String name, String source) {
        if (!record.isTrip() || before == null || before.guestId() == null || !leaderIds.contains(before.guestId())
                || leadersByKey.getOrDefault(NameKey.mergeKeyOf(name), List.of())
                        .contains(new LeaderRef(before.guestId()))) {
            return null;
        }
        // Another person's trip under an id the files gave before to someone else's is not a new spelling of him.
        if (spellingsByLeader.getOrDefault(before.guestId(), Set.of()).stream()
                .noneMatch(known -> RecordVersions.spellingsOfOneName(known, name))) {
            return null;
        }
        alias(before.guestId(), name, source, record.person().strip());
        return before.guestId();
    }

    /** A curated (or editor's) visit of the same guest to the same state whose span overlaps the record's. */
    private VisitRef mergeTarget(String guest, String hostState, DateSpan span) {
        if (span.start() == null) {
            return null; // an undated record overlaps nothing
        }
        for (VisitRef visit : curatedVisits) {
            if (visit.guestId().equals(guest) && visit.hostState().equals(hostState)
                    && !visit.start().isAfter(span.end()) && !visit.end().isBefore(span.start())) {
                return visit;
            }
        }
        return null;
    }

    /**
     * The leader of this name in this state: by folded name or alias, the one of the same state (two people of one
     * name in different states stay two), or else of a state this one came out of or that came out of it (one person
     * across a succession; a leader of a successor moves there). A spelling not seen before becomes an alias, citing
     * where it was seen; so does the name a parenthesis gives ("Wim Kok" of "Willem (Wim) Kok").
     */
    private String leader(String name, String stateCode, String source, String excerpt, String locator) {
        String key = NameKey.of(name);
        String match = NameKey.mergeKeyOf(name);
        List<LeaderRef> known = new ArrayList<>(leadersByKey.getOrDefault(match, List.of()));
        // "Willem (Wim) Kok" is the "Wim Kok" of another record: the parenthesis is an alias of his.
        String nickname = NameKey.nicknameOf(name);
        if (nickname != null) {
            known.addAll(leadersByKey.getOrDefault(NameKey.mergeKeyOf(nickname), List.of()));
        }
        LeaderRef found = null;
        for (LeaderRef ref : known) {
            if (leaderStates.get(ref.id()).equals(stateCode)) {
                found = ref;
                break;
            }
        }
        if (found == null) {
            // Of two leaders linked to this state (one of Czechoslovakia's moved to the Czech Republic, Slovakia's
            // namesake), the one who held an office of it.
            for (LeaderRef ref : known) {
                if (heldStates.contains(ref.id() + "|" + stateCode)) {
                    found = ref;
                    break;
                }
            }
        }
        if (found == null) {
            for (LeaderRef ref : known) {
                String current = leaderStates.get(ref.id());
                if (successions.linked(current, stateCode)) {
                    found = ref;
                    if (successions.succeeds(stateCode, current)) {
                        leaderStates.put(ref.id(), stateCode);
                        leaderMoves.add(stateCode, ref.id());
                        touch(SearchType.LEADER, ref.id());
                        // The record that moved the leader to the successor supports the new state.
                        citations.add("LEADER:" + ref.id() + ":h:" + stateCode, "LEADER", ref.id(), 1000,
                                source, excerpt, locator, "name,state", null);
                    }
                    break;
                }
            }
        }
        if (found != null) {
            alias(found.id(), name, source, excerpt);
            nickname(found.id(), name, source, excerpt);
            return found.id();
        }
        String base = "h-" + EDGE_DASHES.matcher(NOT_ID.matcher(key).replaceAll("-")).replaceAll("");
        base = (base.length() > 50 ? base.substring(0, 50) : base) + "-" + stateCode.toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; leaderIds.contains(id); n++) {
            id = base + "-" + n;
        }
        leaderIds.add(id);
        leaderStates.put(id, stateCode);
        LeaderRef ref = new LeaderRef(id);
        index(match, ref, name);
        leaders.add(id, name, key, NameKey.shortOf(name), stateCode);
        touch(SearchType.LEADER, id);
        citations.add("LEADER:" + id + ":h", "LEADER", id, 1000, source, excerpt, locator, "name,state", null);
        summary.leadersCreated++;
        nickname(id, name, source, excerpt);
        return id;
    }

    /** "Willem (Wim) Kok": "Wim Kok" an alias of his, citing the record. */
    private void nickname(String leaderId, String name, String source, String excerpt) {
        String nickname = NameKey.nicknameOf(name);
        if (nickname != null) {
            alias(leaderId, nickname, source, excerpt);
        }
    }

    /** Records a spelling of the leader's name not seen before ("Võ Văn Thưởng" for "Vo Van Thuong"). */
    private void alias(String leaderId, String name, String source, String excerpt) {
        if (!spellingsByLeader.computeIfAbsent(leaderId, k -> new HashSet<>()).add(name)) {
            return;
        }
        String key = NameKey.of(name);
        // Later records of this import find the leader by this spelling too.
        List<LeaderRef> refs = leadersByKey.computeIfAbsent(NameKey.mergeKeyOf(name), k -> new ArrayList<>());
        LeaderRef ref = new LeaderRef(leaderId);
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
        int position = nextAliasPosition.merge(leaderId, 1000, (old, one) -> old + 1);
        aliases.add(leaderId, position, name, key, NameKey.shortOf(name), source, excerpt);
        touch(SearchType.LEADER, leaderId);
    }

    private void office(String leaderId, String title, String stateCode, String from, String to, String source,
            String excerpt, String locator, String note) {
        if (!officeKeys.add(officeKey(leaderId, title, stateCode, from, to))) {
            return;
        }
        dated(leaderId, title, stateCode, from, to);
        heldStates.add(leaderId + "|" + stateCode);
        int position = nextOfficePosition.merge(leaderId, 1000, (old, one) -> old + 1);
        String id = leaderId + "#h" + position;
        if (from == null && to == null) {
            undatedOffices.computeIfAbsent(leaderId + "|" + NameKey.of(title) + "|" + stateCode, k -> new ArrayList<>())
                    .add(id);
        }
        offices.add(id, leaderId, position, title, stateCode, from, to);
        touch(SearchType.LEADER, leaderId);
        citations.add("OFFICE:" + id + ":h", "OFFICE", id, 1000, source, excerpt, locator,
                "title,state,from,to", note);
    }

    private String state(StateMap.Entry entry, String source, HistorianRecord record, String locator) {
        String named = importedStateNames.get(entry.code());
        if (named != null && !named.equals(entry.name())) {
            // An imported state carries the name today's table gives it, as a fresh import would.
            stateNames.add(entry.name(), entry.code());
            touch(SearchType.STATE, entry.code());
            importedStateNames.put(entry.code(), entry.name());
        }
        if (stateCodes.add(entry.code())) {
            states.add(entry.code(), entry.name(), entry.kind().name());
            touch(SearchType.STATE, entry.code());
            citations.add("STATE:" + entry.code() + ":h", "STATE", entry.code(), 1000, source,
                    record.country(), locator, "name", null);
            summary.statesCreated++;
        }
        return entry.code();
    }

    /**
     * Offices once: whether the leader holds this office with dates (the terms of presidents.xml). Then a trip adds no
     * undated copy, whether its day falls in a term or outside every term: the files list a president-elect's trips
     * among the president's ("[Visit made as President-elect.]"), and such a trip is no evidence that he held the
     * office that day. The trip stays among the leader's visits, with its remarks and its citation.
     */
    private boolean holdsDatedOffice(String leaderId, String title, String stateCode) {
        String titleKey = NameKey.of(title);
        for (OfficeRef office : datedOffices.getOrDefault(leaderId, List.of())) {
            if (office.titleKey().equals(titleKey) && office.stateCode().equals(stateCode)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why an office a trip implies has no dates: the travels files give trips, not terms, and the only terms shipped
     * (presidents.xml) are presidents'. A trip's own days are not the office's span, so none is made up.
     */
    private static String undatedNote(String role) {
        return "president".equals(role)
                ? "Implied by the trips the travels dataset files under the President's; no term of presidents.xml "
                        + "was imported for this president, so the office is undated."
                : "Implied by the trips the travels dataset files under the " + tripTitle(role) + "'s; no file of "
                        + "the dataset gives the terms of that office, so it is undated.";
    }

    private void dated(String leaderId, String title, String stateCode, String from, String to) {
        if (from != null) {
            datedOffices.computeIfAbsent(leaderId, k -> new ArrayList<>())
                    .add(new OfficeRef(NameKey.of(title), stateCode, from, to));
        }
    }

    /**
     * The travels dataset, one source per traveller's role, titled as the publisher titles the dataset. The list of
     * presidents (presidents.xml) is part of it and cites the president's.
     */
    private String travelsSource(String role) {
        String who = switch (role) {
            case "president" -> "the President";
            case "secretary" -> "the Secretary of State";
            default -> "the " + capitalize(role.replace('-', ' '));
        };
        return source("historian-travels-" + role,
                "Foreign Travels of the President and Secretary of State: Travels of " + who, "travels/" + role);
    }

    private String source(String id, String title, String path) {
        if (sourceIds.add(id)) {
            sources.add(id, title, "Office of the Historian, U.S. Department of State",
                    "https://history.state.gov/departmenthistory/" + path);
        }
        return id;
    }

    void flush() throws SQLException {
        for (RowBatch batch : inWriteOrder) {
            batch.write(connection);
        }
        for (String[] merge : merges) {
            VisitMerge.apply(connection, merge[0], merge[1], merge[2], merge[3]);
        }
    }

    private void index(String key, LeaderRef ref, String spelling) {
        List<LeaderRef> refs = leadersByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
        spellingsByLeader.computeIfAbsent(ref.id(), k -> new HashSet<>()).add(spelling);
    }

    /** A term by its holder, folded title, state and first day, whatever its end. */
    private static String termKey(String leader, String title, String state, String from) {
        return leader + "|" + NameKey.of(title) + "|" + state + "|" + from;
    }

    private static String officeKey(String leader, String title, String state, String from, String to) {
        return leader + "|" + NameKey.of(title) + "|" + state + "|" + from + "|" + to;
    }

    private static String tripTitle(String role) {
        return switch (role) {
            case "president" -> "President of the United States";
            case "secretary" -> "Secretary of State";
            default -> capitalize(role.replace('-', ' '));
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private RowBatch batch(String sql) {
        return new RowBatch(sql, batchSize);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
