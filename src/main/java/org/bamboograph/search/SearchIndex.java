package org.bamboograph.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bamboograph.value.NameKey;

/**
 * Keeps table {@code search_doc} in step with the graph: one row per searchable text of a record (a statement's
 * text, a visit's purpose and city, a citation's excerpt …), under the record a hit answers. A citation of an office
 * is filed under the office's leader. On PostgreSQL the row's {@code tsv} column is computed by the database
 * ({@code to_tsvector('english', bamboo_unaccent(body))}, GIN-indexed); on H2 this class writes the row's terms
 * ({@link Words}) to {@code search_term}, keyed by term, which the search joins on.
 *
 * <p>Writers call {@link #refresh} for the record they wrote, imports and the curated migration {@link #rebuild}, in
 * their own transaction, after raising the data version: that row's lock orders writers, so the ids handed out here
 * cannot collide.
 */
public final class SearchIndex {

    /** Where a searchable text comes from: a select of (subject id, body), and the column that keys the subject. */
    private record Text(SearchType type, String field, String select, String key) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text(SearchType.STATE, "name", "select code, name from state where 1 = 1", "code"),
            new Text(SearchType.LEADER, "name", "select id, name from leader where 1 = 1", "id"),
            new Text(SearchType.LEADER, "aliases", "select leader_id, name from leader_alias where 1 = 1", "leader_id"),
            new Text(SearchType.VISIT, "purpose", "select id, purpose from visit where purpose is not null", "id"),
            new Text(SearchType.VISIT, "city", "select id, city from visit where city is not null", "id"),
            new Text(SearchType.AGREEMENT, "title", "select id, title from agreement where 1 = 1", "id"),
            new Text(SearchType.STATEMENT, "text", "select id, text from statement where 1 = 1", "id"),
            new Text(SearchType.EVENT, "title", "select id, title from event where 1 = 1", "id"),
            new Text(SearchType.EVENT, "description", "select id, description from event where description is not null",
                    "id"),
            new Text(SearchType.LEADER, Search.OFFICE_TITLES, "select leader_id, title from office where 1 = 1",
                    "leader_id"),
            new Text(SearchType.LEADER, "offices.sources", "select o.leader_id, c.excerpt from citation c join office o "
                    + "on o.id = c.subject_id where c.subject_type = 'OFFICE'", "o.leader_id"));

    private SearchIndex() {
    }

    /** True on PostgreSQL, whose own text search the index uses; false on H2, which gets terms of ours. */
    public static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Indexes the whole graph again. */
    public static void rebuild(Connection connection) throws SQLException {
        boolean postgres = postgres(connection);
        try (Statement clear = connection.createStatement()) {
            if (!postgres) {
                clear.executeUpdate("delete from search_term");
            }
            clear.executeUpdate("delete from search_doc");
        }
        List<Doc> docs = new ArrayList<>();
        for (Text text : TEXTS) {
            read(connection, text.type(), text.field(), text.select(), List.of(), docs);
        }
        read(connection, null, "sources", "select subject_id, excerpt, subject_type from citation "
                + "where subject_type <> 'OFFICE'", List.of(), docs);
        write(connection, docs, postgres, 1);
        if (postgres) {
            // Every row is new: let the planner know the table's size and the words' spread at once.
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze search_doc");
            }
        }
    }

    /** Indexes these records of one type again: after a write, their rows say what the record now says. */
    public static void refresh(Connection connection, SearchType type, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        boolean postgres = postgres(connection);
        String in = placeholders(ids.size());
        List<Object> keys = new ArrayList<>(ids);
        List<Object> typed = new ArrayList<>();
        typed.add(type.name());
        typed.addAll(ids);
        if (!postgres) {
            execute(connection, "delete from search_term where doc_id in (select id from search_doc "
                    + "where subject_type = ? and subject_id in " + in + ")", typed);
        }
        execute(connection, "delete from search_doc where subject_type = ? and subject_id in " + in, typed);
        List<Doc> docs = new ArrayList<>();
        for (Text text : TEXTS) {
            if (text.type() == type) {
                read(connection, type, text.field(), text.select() + " and " + text.key() + " in " + in, keys, docs);
            }
        }
        read(connection, type, "sources", "select subject_id, excerpt from citation where subject_type = ? "
                + "and subject_id in " + in, typed, docs);
        long next;
        try (Statement max = connection.createStatement();
                ResultSet row = max.executeQuery("select coalesce(max(id), 0) + 1 from search_doc")) {
            row.next();
            next = row.getLong(1);
        }
        write(connection, docs, postgres, next);
    }

    private record Doc(String type, String id, String field, String body) {
    }

    private static void read(Connection connection, SearchType type, String field, String sql, List<Object> params,
            List<Doc> docs) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String body = rows.getString(2);
                    if (body != null && !body.isBlank()) {
                        docs.add(new Doc(type != null ? type.name() : rows.getString(3), rows.getString(1), field, body));
                    }
                }
            }
        }
    }

    private static void write(Connection connection, List<Doc> docs, boolean postgres, long firstId)
            throws SQLException {
        try (PreparedStatement doc = connection.prepareStatement("insert into search_doc (id, subject_type, "
                + "subject_id, field, body, body_key) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement term = postgres ? null
                        : connection.prepareStatement("insert into search_term (term, doc_id) values (?, ?)")) {
            long id = firstId;
            int pending = 0;
            for (Doc d : docs) {
                doc.setLong(1, id);
                doc.setString(2, d.type());
                doc.setString(3, d.id());
                doc.setString(4, d.field());
                doc.setString(5, d.body());
                doc.setString(6, NameKey.of(d.body()));
                doc.addBatch();
                if (term != null) {
                    Set<String> terms = new LinkedHashSet<>();
                    for (Words.Word w : Words.of(d.body())) {
                        terms.add(w.term());
                    }
                    for (String t : terms) {
                        term.setString(1, t);
                        term.setLong(2, id);
                        term.addBatch();
                    }
                }
                id++;
                if (++pending == 500) {
                    flush(doc, term);
                    pending = 0;
                }
            }
            flush(doc, term);
        }
    }

    private static void flush(PreparedStatement doc, PreparedStatement term) throws SQLException {
        doc.executeBatch();
        if (term != null) {
            term.executeBatch();
        }
    }

    private static void execute(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }
}
