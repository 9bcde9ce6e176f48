package org.bamboograph.historian;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bamboograph.value.NameKey;
import org.bamboograph.value.Origin;

/**
 * Brings rows written by older versions of the importer to what today's rules make of the same records, without the
 * files: one Leader across a state succession and across a nickname ("Willem (Wim) Kok" is "Wim Kok"), offices once,
 * states named as the state table names them. Run once by migration V8.
 *
 * <p>Leaders are taken in the order an import first met them (the record their own citation names: presidents.xml
 * first, then by file and record), and each is matched as the importer matches a record's name: by folded name,
 * alias or nickname, in the same state, else in a state it came out of or that came out of it — the Leader met first
 * stays and takes the other's visits, statements, offices, aliases and citations; its state moves to the successor.
 * Only imported leaders are ever merged away; curated and editors' leaders only receive.
 */
public final class OlderImports {

    private record Person(String id, String name, String key, String origin, String order) {
    }

    private record Office(String id, String leaderId, int position, String title, String state, String from,
            String to, String origin) {
        String key() {
            return NameKey.of(title) + "|" + state + "|" + from + "|" + to;
        }
    }

    /** A leader's own citation: where the importer first met the leader, and the words it read there. */
    private record Cited(String source, String excerpt, String locator, String supports) {
    }

    private final Connection connection;
    private final Successions successions;
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final Map<String, Set<String>> spellings = new HashMap<>();
    /** The last position used, per leader: the next alias or office goes one after (the first import's at 1000). */
    private final Map<String, Integer> nextAlias = new HashMap<>();
    private final Map<String, List<Office>> offices = new HashMap<>();
    private final Map<String, Integer> nextOffice = new HashMap<>();
    private final Map<String, Cited> cited = new HashMap<>();
    private final Map<String, Cited> officeCitations = new HashMap<>();

    private OlderImports(Connection connection, Successions successions) {
        this.connection = connection;
        this.successions = successions;
    }

    /**
     * Repairs what the older importers left; a database this version imported into comes out as it went in. The data
     * version goes up, so answers cached before the upgrade are not served again as current.
     */
    public static void repair(Connection connection) throws SQLException {
        Rules rules = Rules.get();
        OlderImports repair = new OlderImports(connection, rules.successions());
        repair.mergeLeaders();
        repair.citeMovedStates();
        repair.officesOnce();
        repair.nameStates(rules.states());
        org.bamboograph.http.DataVersion.bump(connection);
    }

    private void mergeLeaders() throws SQLException {
        List<Person> people = new ArrayList<>();
        query("select l.id, l.name, l.name_key, l.state_code, l.origin, c.locator, c.source_id, c.excerpt, c.supports "
                + "from leader l left join citation c on c.id = concat('LEADER:', l.id, ':h')", rs -> {
                    String id = rs.getString(1);
                    states.put(id, rs.getString(4));
                    spellings.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString(2));
                    if (rs.getString(7) != null) {
                        cited.put(id, new Cited(rs.getString(7), rs.getString(8), rs.getString(6), rs.getString(9)));
                    }
                    people.add(new Person(id, rs.getString(2), rs.getString(3), rs.getString(5),
                            order(rs.getString(5), rs.getString(6), id)));
                });
        query("select leader_id, position, name from leader_alias order by leader_id, position", rs -> {
            aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
            spellings.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(3));
            nextAlias.merge(rs.getString(1), Math.max(999, rs.getInt(2)), Math::max);
        });
        query("select id, leader_id, position, title, state_code, date_from, date_to, origin from office "
                + "order by leader_id, position", rs -> {
                    Office office = new Office(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    offices.computeIfAbsent(office.leaderId(), k -> new ArrayList<>()).add(office);
                    nextOffice.merge(office.leaderId(), Math.max(999, office.position()), Math::max);
                });
        query("select subject_id, source_id, excerpt, locator, supports from citation "
                + "where subject_type = 'OFFICE' and origin = " + Origin.HISTORIAN.literal() + " and locator is not null",
                rs -> officeCitations.putIfAbsent(rs.getString(1),
                        new Cited(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
        people.sort(Comparator.comparing(Person::order));

        Map<String, List<String>> byKey = new HashMap<>();
        for (Person person : people) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(NameKey.mergeKeyOf(person.name()));
            String nickname = NameKey.nicknameOf(person.name());
            if (nickname != null) {
                keys.add(NameKey.mergeKeyOf(nickname));
            }
            String kept = Origin.HISTORIAN.column().equals(person.origin()) ? match(person, keys, byKey) : null;
            if (kept != null) {
                merge(person, kept);
            } else {
                kept = person.id();
                for (String alias : aliases.getOrDefault(kept, List.of())) {
                    keys.add(NameKey.mergeKeyOf(alias));
                }
                if (Origin.HISTORIAN.column().equals(person.origin())) {
                    nickname(kept, person.name(), cited.get(kept));
                }
            }
            for (String key : keys) {
                List<String> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ids.contains(kept)) {
                    ids.add(kept);
                }
            }
        }
    }

    /** The leader met before that the importer would have taken this one's records for, or null. */
    private String match(Person person, Set<String> keys, Map<String, List<String>> byKey) {
        List<String> known = new ArrayList<>();
        for (String key : keys) {
            for (String id : byKey.getOrDefault(key, List.of())) {
                if (!known.contains(id)) {
                    known.add(id);
                }
            }
        }
        String state = states.get(person.id());
        for (String id : known) {
            if (states.get(id).equals(state)) {
                return id;
            }
        }
        for (String id : known) {
            for (Office office : offices.getOrDefault(id, List.of())) {
                if (office.state().equals(state)) {
                    return id;
                }
            }
        }
        for (String id : known) {
            if (successions.linked(states.get(id), state)) {
                return id;
            }
        }
        return null;
    }

    /** Moves everything of {@code gone} to {@code kept}, as if the importer had met both under one Leader. */
    private void merge(Person gone, String kept) throws SQLException {
        String from = gone.id();
        update("update visit set guest_id = ?, version = version + 1 where guest_id = ?", kept, from);
        update("update visit set host_id = ?, version = version + 1 where host_id = ?", kept, from);
        update("update statement_speaker set leader_id = ? where leader_id = ?", kept, from);

        // A successor's leader moves there, and the record that says so stays cited for the state.
        String goneState = states.get(from);
        Cited own = cited.get(from);
        boolean moved = successions.succeeds(goneState, states.get(kept));
        if (moved) {
            states.put(kept, goneState);
            update("update leader set state_code = ?, version = version + 1 where id = ?", goneState, kept);
            if (own != null) {
                update("update citation set id = ?, subject_id = ? where id = ?",
                        "LEADER:" + kept + ":h:" + goneState, kept, "LEADER:" + from + ":h");
            }
        }
        if (!moved && own != null) {
            update("delete from citation where id = ?", "LEADER:" + from + ":h");
        }
        update("update citation set subject_id = ? where subject_type = 'LEADER' and subject_id = ?", kept, from);

        Set<String> held = new HashSet<>();
        for (Office office : offices.getOrDefault(kept, List.of())) {
            held.add(office.key());
        }
        for (Office office : offices.getOrDefault(from, List.of())) {
            if (!held.add(office.key())) {
                deleteOffice(office.id());
                continue;
            }
            int position = nextOffice.merge(kept, 1000, (old, one) -> old + 1);
            String id = Origin.HISTORIAN.column().equals(office.origin()) ? kept + "#h" + position : office.id();
            update("update office set id = ?, leader_id = ?, position = ? where id = ?", id, kept, position,
                    office.id());
            update("update citation set id = concat('OFFICE:', ?, substring(id, ?)), subject_id = ? "
                    + "where subject_type = 'OFFICE' and subject_id = ?", id, office.id().length() + 8, id, office.id());
            Cited officeCited = officeCitations.remove(office.id());
            if (officeCited != null) {
                officeCitations.put(id, officeCited);
            }
            offices.computeIfAbsent(kept, k -> new ArrayList<>()).add(new Office(id, kept, position, office.title(),
                    office.state(), office.from(), office.to(), office.origin()));
        }

        // The importer would have added each new spelling as an alias, and the name a parenthesis gives.
        List<String[]> goneAliases = new ArrayList<>();
        query("select name, source_id, excerpt, origin from leader_alias where leader_id = ? order by position",
                rs -> goneAliases.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) }), from);
        update("delete from leader_alias where leader_id = ?", from);
        if (own != null) {
            alias(kept, gone.name(), own.source(), own.excerpt(), Origin.HISTORIAN.column());
            nickname(kept, gone.name(), own);
        }
        for (String[] alias : goneAliases) {
            alias(kept, alias[0], alias[1], alias[2], alias[3]);
        }
        update("delete from leader where id = ?", from);
        states.remove(from);
        offices.remove(from);
    }

    /** "Willem (Wim) Kok": "Wim Kok" an alias, citing where the name was read. */
    private void nickname(String leaderId, String name, Cited where) throws SQLException {
        String nickname = NameKey.nicknameOf(name);
        if (nickname != null && where != null) {
            alias(leaderId, nickname, where.source(), where.excerpt(), Origin.HISTORIAN.column());
        }
    }

    private void alias(String leaderId, String name, String source, String excerpt, String origin) throws SQLException {
        if (!spellings.computeIfAbsent(leaderId, k -> new HashSet<>()).add(name)) {
            return;
        }
        int position = nextAlias.merge(leaderId, 1000, (old, one) -> old + 1);
        update("insert into leader_alias (leader_id, position, name, name_key, short_key, source_id, excerpt, origin) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", leaderId, position, name, NameKey.of(name), NameKey.shortOf(name),
                source, excerpt, origin);
    }

    /**
     * A leader the importer moved to a successor state without citing the record that moved it (the version before
     * V8 did so): the first record that names the leader with an office of the new state is that record.
     */
    private void citeMovedStates() throws SQLException {
        List<Object[]> missing = new ArrayList<>();
        query("select l.id, l.state_code, c.locator from leader l join citation c on c.id = concat('LEADER:', l.id, ':h') "
                + "where l.origin = " + Origin.HISTORIAN.literal() + " and not exists (select 1 from citation m "
                + "where m.id = concat('LEADER:', l.id, ':h:', l.state_code))", rs -> {
                    String id = rs.getString(1);
                    String state = rs.getString(2);
                    String created = null;
                    Office first = null;
                    for (Office office : offices.getOrDefault(id, List.of())) {
                        Cited where = officeCitations.get(office.id());
                        if (where != null && where.locator().equals(rs.getString(3)) && created == null) {
                            created = office.state();
                        }
                        if (where != null && office.state().equals(state) && first == null) {
                            first = office;
                        }
                    }
                    if (created != null && !created.equals(state) && first != null) {
                        Cited where = officeCitations.get(first.id());
                        missing.add(new Object[] { "LEADER:" + id + ":h:" + state, id, where.source(), where.excerpt(),
                                where.locator() });
                    }
                });
        for (Object[] row : missing) {
            update("insert into citation (id, subject_type, subject_id, position, source_id, excerpt, locator, supports, "
                    + "origin) values (?, 'LEADER', ?, 1000, ?, ?, ?, 'name,state', " + Origin.HISTORIAN.literal() + ")", row);
        }
    }

    /**
     * An undated office a trip implied goes where the same leader holds that office with dates; an imported term
     * still open goes where the same term, by its first day, is known with its end.
     */
    private void officesOnce() throws SQLException {
        for (List<Office> held : offices.values()) {
            Set<String> dated = new HashSet<>();
            Set<String> ended = new HashSet<>();
            for (Office office : held) {
                if (office.from() != null) {
                    dated.add(NameKey.of(office.title()) + "|" + office.state());
                    if (office.to() != null) {
                        ended.add(NameKey.of(office.title()) + "|" + office.state() + "|" + office.from());
                    }
                }
            }
            for (Office office : held) {
                boolean imported = Origin.HISTORIAN.column().equals(office.origin());
                if (imported && office.from() == null && office.to() == null
                        && dated.contains(NameKey.of(office.title()) + "|" + office.state())
                        || imported && office.from() != null && office.to() == null
                        && ended.contains(NameKey.of(office.title()) + "|" + office.state() + "|" + office.from())) {
                    deleteOffice(office.id());
                }
            }
        }
    }

    /** Imported states carry the name today's state table gives their code. */
    private void nameStates(StateMap stateMap) throws SQLException {
        Map<String, String> renamed = new HashMap<>();
        query("select code, name from state where origin = " + Origin.HISTORIAN.literal(), rs -> {
            StateMap.Entry entry = stateMap.byCode(rs.getString(1));
            if (entry != null && !entry.name().equals(rs.getString(2))) {
                renamed.put(rs.getString(1), entry.name());
            }
        });
        for (Map.Entry<String, String> state : renamed.entrySet()) {
            update("update state set name = ?, version = version + 1 where code = ?", state.getValue(), state.getKey());
        }
    }

    private void deleteOffice(String id) throws SQLException {
        update("delete from citation where subject_type = 'OFFICE' and subject_id = ?", id);
        update("delete from office where id = ?", id);
    }

    /**
     * Where an import first met a leader: curated and editors' leaders were there before any import, presidents.xml
     * is read before the records, then files and records in order (numeric record ids by number).
     */
    private static String order(String origin, String locator, String id) {
        if (!Origin.HISTORIAN.column().equals(origin) || locator == null) {
            return "0|" + id;
        }
        int at = locator.lastIndexOf(", record ");
        String file = at < 0 ? locator : locator.substring(0, at);
        String record = at < 0 ? "" : locator.substring(at + ", record ".length());
        if (record.matches("\\d{1,18}")) {
            record = String.format("%018d", Long.parseLong(record));
        }
        return (file.endsWith("/presidents.xml") || file.equals("presidents.xml") ? "1|" : "2|") + file + "|"
                + record + "|" + id;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
