package org.bamboograph.curated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import org.bamboograph.agreement.AgreementKind;
import org.bamboograph.citation.Subject;
import org.bamboograph.citation.Supports;
import org.bamboograph.event.EventKind;
import org.bamboograph.load.Tables;
import org.bamboograph.load.VisitMerge;
import org.bamboograph.state.StateKind;
import org.bamboograph.value.DateSpan;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.Origin;
import org.bamboograph.value.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The curated graph: the data file {@value #RESOURCE}, checked for consistency and written to the database as an
 * upsert by record id. Rows that came from the file and are no longer in it are removed, so a corrected file is
 * reflected whole. Rows of other origins (imports, editors' writes) are left alone.
 */
public final class CuratedGraph {

    public static final String RESOURCE = "data/bamboo-graph.json";
    static final Origin ORIGIN = Origin.CURATED;

    private final JsonNode root;
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> stateCodes = new HashSet<>();
    private final Set<String> leaderIds = new HashSet<>();
    private final Set<String> visitIds = new HashSet<>();
    private final Set<String> agreementIds = new HashSet<>();
    private final Set<String> statementIds = new HashSet<>();
    private final Set<String> eventIds = new HashSet<>();

    private CuratedGraph(JsonNode root) {
        this.root = root;
        collectIds();
    }

    public static CuratedGraph read() {
        try (InputStream in = open()) {
            return new CuratedGraph(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A graph from an already parsed document, for tools and tests that edit it. */
    public static CuratedGraph from(JsonNode root) {
        return new CuratedGraph(root);
    }

    public static Integer checksum() {
        try (InputStream in = open()) {
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static InputStream open() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            in = CuratedGraph.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return in;
    }

    public JsonNode root() {
        return root;
    }

    private void collectIds() {
        collect("sources", "id", sourceIds);
        collect("states", "code", stateCodes);
        collect("leaders", "id", leaderIds);
        collect("visits", "id", visitIds);
        collect("agreements", "id", agreementIds);
        collect("statements", "id", statementIds);
        collect("events", "id", eventIds);
    }

    private void collect(String list, String key, Set<String> ids) {
        int i = 0;
        for (JsonNode node : root.path(list)) {
            String id = required(node, key, list + "[" + i++ + "]");
            if (!ids.add(id)) {
                throw new IllegalStateException(RESOURCE + ": " + list + " has the id '" + id + "' twice");
            }
        }
    }

    /** Writes the whole graph through {@code connection}, inside the caller's transaction. */
    public void applyTo(Connection connection) throws SQLException {
        Jdbc db = new Jdbc(connection);
        deleteChildren(db);
        writeSources(db);
        writeStates(db);
        writeLeaders(db);
        writeVisits(db);
        writeAgreements(db);
        writeStatements(db);
        writeEvents(db);
        deleteStale(db);
        writeChildren(db);
        VisitMerge.reapplyAll(connection);
        org.bamboograph.http.DataVersion.bump(connection);
        org.bamboograph.live.CuratedChanges.logged(connection, root);
    }

    /** Link rows and citations of curated records are written anew each time: simpler than diffing them. */
    private void deleteChildren(Jdbc db) throws SQLException {
        String curated = ORIGIN.literal();
        db.execute("delete from citation where origin = " + curated, List.of());
        String curatedLeaders = "(select id from leader where origin = " + curated + ")";
        db.execute("delete from leader_alias where origin = " + curated + " and leader_id in " + curatedLeaders, List.of());
        db.execute("delete from office where origin = " + curated + " and leader_id in " + curatedLeaders, List.of());
        db.execute("delete from agreement_party where agreement_id in (select id from agreement where origin = "
                + curated + ")", List.of());
        db.execute("delete from statement_speaker where statement_id in (select id from statement where origin = "
                + curated + ")", List.of());
        db.execute("delete from statement_about where statement_id in (select id from statement where origin = "
                + curated + ")", List.of());
        db.execute("delete from event_state where event_id in (select id from event where origin = " + curated + ")",
                List.of());
    }

    private void deleteStale(Jdbc db) throws SQLException {
        db.execute("update agreement set supersedes_id = null where origin = " + ORIGIN.literal()
                + " and supersedes_id is not null"
                + " and id not in (" + placeholders(agreementIds) + ")", new ArrayList<>(agreementIds));
        db.deleteStale(Tables.STATEMENT, ORIGIN, statementIds);
        db.deleteStale(Tables.EVENT, ORIGIN, eventIds);
        db.deleteStale(Tables.AGREEMENT, ORIGIN, agreementIds);
        // Imported records merged into a visit the file no longer has become visits of their own at the next import.
        db.execute("delete from import_record where visit_id in (select id from visit where origin = " + ORIGIN.literal()
                + " and id not in (" + placeholders(visitIds) + "))", new ArrayList<>(visitIds));
        db.deleteStale(Tables.VISIT, ORIGIN, visitIds);
        db.deleteStale(Tables.LEADER, ORIGIN, leaderIds);
        db.deleteStale(Tables.STATE, ORIGIN, stateCodes);
        db.deleteStale(Tables.SOURCE, ORIGIN, sourceIds);
    }

    private static String placeholders(Set<String> ids) {
        return ids.isEmpty() ? "null" : String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    }

    private void writeSources(Jdbc db) throws SQLException {
        for (JsonNode s : root.path("sources")) {
            String where = "sources." + s.path("id").asText();
            String published = text(s, "published");
            if (published != null) {
                date(published, where + ".published");
            }
            db.upsert(Tables.SOURCE, s.get("id").asText(), columns(
                    "title", required(s, "title", where), "author", text(s, "author"),
                    "publisher", text(s, "publisher"), "published", published, "url", text(s, "url"),
                    "origin", ORIGIN.column()));
        }
    }

    private void writeStates(Jdbc db) throws SQLException {
        for (JsonNode s : root.path("states")) {
            String where = "states." + s.path("code").asText();
            db.upsert(Tables.STATE, s.get("code").asText(), columns(
                    "name", required(s, "name", where),
                    "kind", StateKind.valueOf(required(s, "kind", where)).name(), "origin", ORIGIN.column()));
        }
    }

    private void writeLeaders(Jdbc db) throws SQLException {
        for (JsonNode l : root.path("leaders")) {
            String where = "leaders." + l.path("id").asText();
            String name = required(l, "name", where);
            db.upsert(Tables.LEADER, l.get("id").asText(), columns(
                    "name", name, "name_key", NameKey.of(name), "short_key", NameKey.shortOf(name),
                    "state_code", ref(l, "state", stateCodes, where), "origin", ORIGIN.column()));
        }
    }

    private void writeVisits(Jdbc db) throws SQLException {
        for (JsonNode v : root.path("visits")) {
            String where = "visits." + v.path("id").asText();
            String guest = ref(v, "guest", leaderIds, where);
            Map<String, Object> row = columns(
                    "guest_id", guest,
                    "guest_state_code", guestState(v, guest, where),
                    "host_state_code", ref(v, "hostState", stateCodes, where),
                    "host_id", optionalRef(v, "host", leaderIds, where),
                    "city", text(v, "city"), "purpose", text(v, "purpose"), "origin", ORIGIN.column());
            row.putAll(dates(v, true, where));
            db.upsert(Tables.VISIT, v.get("id").asText(), row);
        }
    }

    /**
     * The state the guest travelled for: the visit's own {@code guestState} where the file gives one, else the state
     * the file gives the guest (a curated leader travels for one state).
     */
    private String guestState(JsonNode visit, String guest, String where) {
        if (visit.hasNonNull("guestState")) {
            return ref(visit, "guestState", stateCodes, where);
        }
        for (JsonNode leader : root.path("leaders")) {
            if (leader.path("id").asText().equals(guest)) {
                return leader.path("state").asText();
            }
        }
        return null;
    }

    private void writeAgreements(Jdbc db) throws SQLException {
        // First without supersedes, so that an agreement may name one that comes later in the file.
        for (JsonNode a : root.path("agreements")) {
            String where = "agreements." + a.path("id").asText();
            Map<String, Object> row = columns(
                    "title", required(a, "title", where),
                    "kind", AgreementKind.valueOf(required(a, "kind", where)).name(),
                    "visit_id", optionalRef(a, "visit", visitIds, where), "origin", ORIGIN.column());
            row.putAll(dates(a, false, where));
            if (a.path("parties").size() < 2) {
                throw new IllegalStateException(RESOURCE + ": " + where + " needs at least two parties");
            }
            db.upsert(Tables.AGREEMENT, a.get("id").asText(), row);
        }
        for (JsonNode a : root.path("agreements")) {
            String supersedes = optionalRef(a, "supersedes", agreementIds, "agreements." + a.get("id").asText());
            db.execute("update agreement set supersedes_id = ?, version = version + 1 where id = ? "
                    + "and supersedes_id is distinct from ?", java.util.Arrays.asList(supersedes, a.get("id").asText(), supersedes));
        }
    }

    private void writeStatements(Jdbc db) throws SQLException {
        for (JsonNode s : root.path("statements")) {
            String where = "statements." + s.path("id").asText();
            String text = required(s, "text", where);
            String speakerName = required(s, "speakerName", where);
            Map<String, Object> row = columns(
                    "text", text, "text_key", NameKey.of(text),
                    "speaker_name", speakerName, "speaker_name_key", NameKey.of(speakerName),
                    "visit_id", optionalRef(s, "visit", visitIds, where),
                    "agreement_id", optionalRef(s, "agreement", agreementIds, where), "origin", ORIGIN.column());
            row.putAll(dates(s, false, where));
            db.upsert(Tables.STATEMENT, s.get("id").asText(), row);
        }
    }

    private void writeEvents(Jdbc db) throws SQLException {
        for (JsonNode e : root.path("events")) {
            String where = "events." + e.path("id").asText();
            Map<String, Object> row = columns(
                    "title", required(e, "title", where),
                    "kind", EventKind.valueOf(required(e, "kind", where)).name(),
                    "description", text(e, "description"), "origin", ORIGIN.column());
            row.putAll(dates(e, true, where));
            db.upsert(Tables.EVENT, e.get("id").asText(), row);
        }
    }

    private void writeChildren(Jdbc db) throws SQLException {
        CitationRows citations = new CitationRows(db);
        for (JsonNode s : root.path("states")) {
            citations.write(Subject.STATE, s.get("code").asText(), s);
        }
        for (JsonNode l : root.path("leaders")) {
            String id = l.get("id").asText();
            citations.write(Subject.LEADER, id, l);
            int position = 0;
            for (JsonNode alias : l.path("aliases")) {
                String where = "leaders." + id + ".aliases[" + position + "]";
                String name = required(alias, "name", where);
                required(alias, "excerpt", where);
                db.insert(Tables.LEADER_ALIAS, columns("leader_id", id, "position", position++, "name", name,
                        "name_key", NameKey.of(name), "short_key", NameKey.shortOf(name), "source_id", optionalRef(alias, "source", sourceIds, where),
                        "excerpt", text(alias, "excerpt")));
            }
            position = 0;
            for (JsonNode office : l.path("offices")) {
                String where = "leaders." + id + ".offices[" + position + "]";
                String officeId = id + "#" + position;
                String from = text(office, "from");
                String to = text(office, "to");
                DateSpan.of(from == null ? to : from, from == null ? null : to);
                db.insert(Tables.OFFICE, columns("id", officeId, "leader_id", id, "position", position++,
                        "title", required(office, "title", where), "state_code", ref(office, "state", stateCodes, where),
                        "date_from", from, "date_to", to));
                citations.write(Subject.OFFICE, officeId, office);
            }
        }
        for (JsonNode v : root.path("visits")) {
            citations.write(Subject.VISIT, v.get("id").asText(), v);
        }
        for (JsonNode a : root.path("agreements")) {
            String id = a.get("id").asText();
            citations.write(Subject.AGREEMENT, id, a);
            for (String party : refs(a, "parties", stateCodes, "agreements." + id)) {
                db.insert(Tables.AGREEMENT_PARTY, columns("agreement_id", id, "state_code", party));
            }
        }
        for (JsonNode s : root.path("statements")) {
            String id = s.get("id").asText();
            citations.write(Subject.STATEMENT, id, s);
            int position = 0;
            for (String speaker : refs(s, "speakers", leaderIds, "statements." + id)) {
                db.insert(Tables.STATEMENT_SPEAKER, columns("statement_id", id, "position", position++, "leader_id", speaker));
            }
            for (String state : refs(s, "about", stateCodes, "statements." + id)) {
                db.insert(Tables.STATEMENT_ABOUT, columns("statement_id", id, "state_code", state));
            }
        }
        for (JsonNode e : root.path("events")) {
            String id = e.get("id").asText();
            citations.write(Subject.EVENT, id, e);
            for (String state : refs(e, "states", stateCodes, "events." + id)) {
                db.insert(Tables.EVENT_STATE, columns("event_id", id, "state_code", state));
            }
        }
    }

    /**
     * Writes the "sources" list of a record. Every curated record cites at least one source, every citation names the
     * fields it supports, and every stated field with a value is supported by one of them: the file serves nothing
     * its excerpts do not state.
     */
    private final class CitationRows {
        private final Jdbc db;

        CitationRows(Jdbc db) {
            this.db = db;
        }

        void write(Subject subject, String id, JsonNode record) throws SQLException {
            String where = subject.name().toLowerCase() + " " + id;
            if (record.path("sources").isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + where + " cites no source");
            }
            Set<String> supported = new HashSet<>();
            int position = 0;
            for (JsonNode c : record.path("sources")) {
                List<String> supports = supports(subject, c, where + " sources[" + position + "]");
                supported.addAll(supports);
                db.insert(Tables.CITATION, columns("id", subject + ":" + id + ":" + position, "subject_type", subject.name(),
                        "subject_id", id, "position", position++,
                        "source_id", ref(c, "source", sourceIds, where), "excerpt", required(c, "excerpt", where),
                        "supports", Supports.join(subject, supports), "note", text(c, "note"), "origin", ORIGIN.column()));
            }
            for (String field : Supports.fields(subject)) {
                JsonNode value = record.get(field);
                boolean given = value != null && !value.isNull() && !(value.isArray() && value.isEmpty())
                        && Supports.claims(field, value.asText());
                // A leader's aliases and offices carry citations of their own.
                boolean ownCitations = subject == Subject.LEADER && (field.equals("aliases") || field.equals("offices"));
                if (given && !ownCitations && Supports.isStated(subject, field) && !supported.contains(field)) {
                    throw new IllegalStateException(RESOURCE + ": " + where + " gives '" + field
                            + "' a value that none of its citations supports");
                }
            }
        }

        private static List<String> supports(Subject subject, JsonNode citation, String where) {
            List<String> supports = new ArrayList<>();
            for (JsonNode field : citation.path("supports")) {
                if (!Supports.fields(subject).contains(field.asText())) {
                    throw new IllegalStateException(RESOURCE + ": " + where + " supports '" + field.asText()
                            + "', which is not a field of the record");
                }
                supports.add(field.asText());
            }
            if (supports.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + where + " names no field it supports");
            }
            return supports;
        }
    }

    private static Map<String, Object> dates(JsonNode record, boolean withEnd, String where) {
        String date = text(record, "date");
        String endDate = withEnd ? text(record, "endDate") : null;
        DateSpan span;
        try {
            span = DateSpan.of(date, endDate);
        } catch (PartialDate.InvalidDateException e) {
            throw new IllegalStateException(RESOURCE + ": " + where + ": " + e.getMessage(), e);
        }
        Map<String, Object> row = columns("date_text", date, "date_start", span.start(),
                "date_precision", span.precision(), "span_end", span.end());
        if (withEnd) {
            row.put("end_date_text", endDate);
        }
        return row;
    }

    private static void date(String text, String where) {
        try {
            PartialDate.parse(text);
        } catch (PartialDate.InvalidDateException e) {
            throw new IllegalStateException(RESOURCE + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + where + " lacks '" + field + "'");
        }
        return value;
    }

    private static String ref(JsonNode node, String field, Set<String> known, String where) {
        String value = required(node, field, where);
        return check(value, known, field, where);
    }

    private static String optionalRef(JsonNode node, String field, Set<String> known, String where) {
        String value = text(node, field);
        return value == null ? null : check(value, known, field, where);
    }

    private static List<String> refs(JsonNode node, String field, Set<String> known, String where) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.path(field)) {
            values.add(check(value.asText(), known, field, where));
        }
        return values;
    }

    private static String check(String value, Set<String> known, String field, String where) {
        if (!known.contains(value)) {
            throw new IllegalStateException(RESOURCE + ": " + where + "." + field + " names '" + value
                    + "', which the file does not define");
        }
        return value;
    }
}
