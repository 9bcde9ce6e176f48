package org.bamboograph.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * H2's index of the words: one row per term with the ids of the {@code search_doc} rows holding it, ascending,
 * written out as decimal numbers separated by spaces. One row per term rather than one per term and text keeps an
 * import's index write to a few thousand rows (it was tens of thousands, most of an import's time on H2), and a
 * search reads one row per word of the query.
 *
 * <p>A write collects the texts it adds and removes here, then {@link #write} merges them into the stored lists,
 * reading only the lists of the terms it touched.
 */
final class Postings {

    static final String TABLE = "search_posting";

    /** Terms per statement when reading stored lists. */
    private static final int CHUNK = 500;

    private final Map<String, List<Long>> added = new HashMap<>();
    private final Map<String, Set<Long>> removed = new HashMap<>();

    /** The text numbered {@code id} holds these words. */
    void add(long id, List<Words.Word> words) {
        for (String term : distinct(words)) {
            added.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
        }
    }

    /** The text numbered {@code id}, which held these words, is gone. */
    void remove(long id, List<Words.Word> words) {
        for (String term : distinct(words)) {
            removed.computeIfAbsent(term, t -> new HashSet<>()).add(id);
        }
    }

    /**
     * Writes the changed lists: inserts, updates and deletes batched, in term order (the primary key's, so each batch
     * walks the index once). {@code empty}: the table was just emptied, nothing stored needs reading.
     */
    void write(Connection connection, boolean empty) throws SQLException {
        TreeSet<String> terms = new TreeSet<>(added.keySet());
        terms.addAll(removed.keySet());
        if (terms.isEmpty()) {
            return;
        }
        Map<String, long[]> stored = empty ? Map.of() : read(connection, new ArrayList<>(terms));
        try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE
                + " (term, docs) values (?, ?)");
                PreparedStatement update = connection.prepareStatement("update " + TABLE
                        + " set docs = ? where term = ?");
                PreparedStatement delete = connection.prepareStatement("delete from " + TABLE + " where term = ?")) {
            for (String term : terms) {
                long[] before = stored.get(term);
                long[] after = merge(before, removed.getOrDefault(term, Set.of()), added.getOrDefault(term, List.of()));
                if (before == null) {
                    if (after.length > 0) {
                        insert.setString(1, term);
                        insert.setString(2, encode(after));
                        insert.addBatch();
                    }
                } else if (after.length == 0) {
                    delete.setString(1, term);
                    delete.addBatch();
                } else if (!Arrays.equals(before, after)) {
                    update.setString(1, encode(after));
                    update.setString(2, term);
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
    }

    /** The stored lists of these terms (those stored). */
    private static Map<String, long[]> read(Connection connection, List<String> terms) throws SQLException {
        Map<String, long[]> lists = new HashMap<>();
        for (int from = 0; from < terms.size(); from += CHUNK) {
            List<String> chunk = terms.subList(from, Math.min(terms.size(), from + CHUNK));
            try (PreparedStatement select = SearchIndex.prepare(connection, "select term, docs from " + TABLE
                    + " where term in " + SearchIndex.placeholders(chunk.size()), chunk);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lists.put(rows.getString(1), decode(rows.getString(2)));
                }
            }
        }
        return lists;
    }

    /** {@code before} without {@code gone}, with {@code extra}, ascending and without repeats. */
    private static long[] merge(long[] before, Set<Long> gone, List<Long> extra) {
        if ((before == null || before.length == 0) && gone.isEmpty() && ascending(extra)) {
            // A new term, or an empty table: the ids came in ascending order already.
            return extra.stream().mapToLong(Long::longValue).toArray();
        }
        TreeSet<Long> ids = new TreeSet<>(extra);
        if (before != null) {
            for (long id : before) {
                if (!gone.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static boolean ascending(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1) >= ids.get(i)) {
                return false;
            }
        }
        return true;
    }

    static String encode(long[] ids) {
        StringBuilder out = new StringBuilder(ids.length * 6);
        for (long id : ids) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(id);
        }
        return out.toString();
    }

    static long[] decode(String docs) {
        if (docs == null || docs.isEmpty()) {
            return new long[0];
        }
        long[] ids = new long[count(docs)];
        int n = 0;
        long value = 0;
        for (int i = 0; i < docs.length(); i++) {
            char c = docs.charAt(i);
            if (c == ' ') {
                ids[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        ids[n] = value;
        return ids;
    }

    private static int count(String docs) {
        int n = 1;
        for (int i = 0; i < docs.length(); i++) {
            n += docs.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** The ids in every one of the lists (each ascending). */
    static long[] intersect(List<long[]> lists) {
        long[] result = lists.get(0);
        for (int k = 1; k < lists.size(); k++) {
            long[] other = lists.get(k);
            long[] both = new long[Math.min(result.length, other.length)];
            int n = 0;
            for (int i = 0, j = 0; i < result.length && j < other.length;) {
                if (result[i] < other[j]) {
                    i++;
                } else if (result[i] > other[j]) {
                    j++;
                } else {
                    both[n++] = result[i];
                    i++;
                    j++;
                }
            }
            result = Arrays.copyOf(both, n);
        }
        return result;
    }

    private static Set<String> distinct(List<Words.Word> words) {
        Set<String> terms = new HashSet<>();
        for (Words.Word w : words) {
            terms.add(w.term());
        }
        return terms;
    }
}
