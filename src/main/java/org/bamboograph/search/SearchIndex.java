package org.bamboograph.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.bamboograph.load.RowBatch;
import org.bamboograph.value.NameKey;

/**
 * Keeps table {@code search_doc} in step with the graph: one row per searchable text of a record (a statement's
 * text, a visit's purpose and city, a citation's excerpt …), under the record a hit answers. A citation of an office
 * is filed under the office's leader. On PostgreSQL the row's {@code tsv} column is computed by the database
 * ({@code to_tsvector('english', bamboo_unaccent(body))}, GIN-indexed); on H2 this class keeps, per term
 * ({@link Words}), the list of the rows holding it in {@code search_posting} ({@link Postings}).
 *
 * <p>Writers and imports call {@link #refresh} for the records they wrote, the curated migration {@link #rebuild},
 * in their own transaction, after raising the data version: that row's lock orders writers, so the ids handed out
 * here cannot collide and no two writers edit one posting list at once. A refresh leaves the index holding exactly
 * the rows a rebuild would write (row ids aside).
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

    /** Rows per JDBC batch. */
    private static final int CHUNK = 500;

    /**
     * Up to this many records of a type, a refresh selects their texts by id; beyond it, it reads all texts of the
     * type once and keeps theirs, which costs less than long lists of ids.
     */
    private static final int FEW = 64;

    /** From this many texts on, their terms are split on another thread while their rows are inserted. */
    private static final int SPLIT_APART = 256;

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
                clear.executeUpdate("delete from " + Postings.TABLE);
            }
            clear.executeUpdate("delete from search_doc");
        }
        List<Doc> docs = new ArrayList<>();
        for (Text text : TEXTS) {
            read(connection, text.type(), text.field(), text.select(), List.of(), null, docs);
        }
        read(connection, null, "sources", "select subject_id, excerpt, subject_type from citation "
                + "where subject_type <> 'OFFICE'", List.of(), null, docs);
        Postings postings = postgres ? null : new Postings();
        write(connection, docs, postings, 1);
        if (postgres) {
            analyze(connection);
        } else {
            postings.write(connection, true);
        }
    }

    /** Indexes these records of one type again: after a write, their rows say what the record now says. */
    public static void refresh(Connection connection, SearchType type, Collection<String> ids) throws SQLException {
        Map<SearchType, Collection<String>> subjects = new EnumMap<>(SearchType.class);
        subjects.put(type, ids);
        refresh(connection, subjects);
    }

    /**
     * Indexes these records again, of every type given: what an import touched (the records it created or changed
     * and those whose citations it added), so that its cost follows the import rather than the graph.
     */
    public static void refresh(Connection connection, Map<SearchType, ? extends Collection<String>> subjects)
            throws SQLException {
        boolean postgres = postgres(connection);
        Postings postings = postgres ? null : new Postings();
        List<Doc> docs = new ArrayList<>();
        int count = 0;
        for (Map.Entry<SearchType, ? extends Collection<String>> entry : subjects.entrySet()) {
            SearchType type = entry.getKey();
            Set<String> ids = new HashSet<>(entry.getValue());
            count += ids.size();
            if (ids.isEmpty()) {
                continue;
            }
            if (ids.size() > FEW) {
                // Many records: each text's rows of the type in one pass, kept by subject here. A long IN list
                // would cost H2 a comparison with every value on every row of the citations it scans.
                remove(connection, type, "", List.of(), ids, postings);
                for (Text text : TEXTS) {
                    if (text.type() == type) {
                        read(connection, type, text.field(), text.select(), List.of(), ids, docs);
                    }
                }
                read(connection, type, "sources", "select subject_id, excerpt from citation where subject_type = ?",
                        List.of(type.name()), ids, docs);
                continue;
            }
            String in = placeholders(ids.size());
            List<Object> keys = new ArrayList<>(ids);
            List<Object> typed = new ArrayList<>(ids.size() + 1);
            typed.add(type.name());
            typed.addAll(ids);
            remove(connection, type, " and subject_id in " + in, keys, null, postings);
            for (Text text : TEXTS) {
                if (text.type() == type) {
                    read(connection, type, text.field(), text.select() + " and " + text.key() + " in " + in, keys,
                            null, docs);
                }
            }
            read(connection, type, "sources", "select subject_id, excerpt from citation where subject_type = ? "
                    + "and subject_id in " + in, typed, null, docs);
        }
        if (count == 0) {
            return;
        }
        long next;
        try (Statement max = connection.createStatement();
                ResultSet row = max.executeQuery("select coalesce(max(id), 0) + 1 from search_doc")) {
            row.next();
            next = row.getLong(1);
        }
        write(connection, docs, postings, next);
        if (postings != null) {
            postings.write(connection, false);
        } else if (count > FEW) {
            // An import that wrote many rows: let the planner know the table's new size and the words' spread.
            analyze(connection);
        }
    }

    /**
     * Deletes the rows of the type's subjects that {@code condition} selects and, if {@code keep} is given, that it
     * holds; on H2 their terms leave the posting lists too.
     */
    private static void remove(Connection connection, SearchType type, String condition, List<Object> params,
            Set<String> keep, Postings postings) throws SQLException {
        List<Object> typed = new ArrayList<>(params.size() + 1);
        typed.add(type.name());
        typed.addAll(params);
        List<Long> gone = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "select id, subject_id, body from search_doc "
                + "where subject_type = ?" + condition, typed); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (keep == null || keep.contains(rows.getString(2))) {
                    gone.add(rows.getLong(1));
                    if (postings != null) {
                        postings.remove(rows.getLong(1), Words.of(rows.getString(3)));
                    }
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from search_doc where id = ?")) {
            int pending = 0;
            for (long id : gone) {
                delete.setLong(1, id);
                delete.addBatch();
                if (++pending == CHUNK) {
                    delete.executeBatch();
                    pending = 0;
                }
            }
            delete.executeBatch();
        }
    }

    private record Doc(String type, String id, String field, String body) {
    }

    /** Reads (subject id, body[, subject type]) rows into docs: all of them, or those of the subjects in keep. */
    private static void read(Connection connection, SearchType type, String field, String sql, List<Object> params,
            Set<String> keep, List<Doc> docs) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, params); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String body = rows.getString(2);
                if (body != null && !body.isBlank() && (keep == null || keep.contains(rows.getString(1)))) {
                    docs.add(new Doc(type != null ? type.name() : rows.getString(3), rows.getString(1), field, body));
                }
            }
        }
    }

    /** Inserts the rows, numbered from {@code firstId}; on H2 their terms join {@code postings}. */
    private static void write(Connection connection, List<Doc> docs, Postings postings, long firstId)
            throws SQLException {
        // On H2, splitting the texts into terms and filing them under each term is CPU work of its own: for many
        // texts it runs on another core while this thread inserts their rows. Until the join, only that thread
        // touches the postings.
        CompletableFuture<Void> terms = null;
        if (postings != null && docs.size() >= SPLIT_APART) {
            terms = CompletableFuture.runAsync(() -> addTerms(docs, postings, firstId));
        } else if (postings != null) {
            addTerms(docs, postings, firstId);
        }
        RowBatch rows = new RowBatch("insert into search_doc (id, subject_type, subject_id, field, body, body_key) "
                + "values (?, ?, ?, ?, ?, ?)", CHUNK);
        long id = firstId;
        for (Doc d : docs) {
            rows.add(id++, d.type(), d.id(), d.field(), d.body(),
                    TextMatch.filtered(d.type(), d.field()) ? NameKey.of(d.body()) : "");
        }
        rows.write(connection);
        if (terms != null) {
            terms.join();
        }
    }

    private static void addTerms(List<Doc> docs, Postings postings, long firstId) {
        for (int i = 0; i < docs.size(); i++) {
            postings.add(firstId + i, Words.of(docs.get(i).body()));
        }
    }

    /**
     * PostgreSQL, after many rows: the planner learns the table's new size, and the GIN index takes in its pending
     * list. New entries wait in that list, which every search reads whole, until a vacuum merges them; after an
     * import's thousands of rows that cost a search 8 ms instead of 0.1, and only autovacuum's analyze (not ours)
     * would have merged them.
     */
    private static void analyze(Connection connection) throws SQLException {
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze search_doc");
            analyze.execute("select gin_clean_pending_list('search_doc_tsv'::regclass)");
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, List<?> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

}
