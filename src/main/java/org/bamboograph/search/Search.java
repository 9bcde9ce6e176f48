package org.bamboograph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.event.Event;
import org.bamboograph.leader.Leader;
import org.bamboograph.limit.RequestBudget;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Finds the records whose texts hold every word of a query, ranks them ({@link Ranking}) and loads a page of them.
 * One statement finds the texts on PostgreSQL (through the GIN index of {@code search_doc.tsv}), two on H2 (the terms'
 * posting lists, {@link Postings}, then the texts in all of them); one per kind of record on the page loads the
 * records: at most eight.
 */
public final class Search {

    /** Longer queries are refused: nobody types them, and each term costs a lookup and an intersection. */
    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 12;

    /** Rows of the index kept for the leaders' office filter, not searched: search does not cover office titles. */
    public static final String OFFICE_TITLES = "offices.title";

    /** A record found, with the text of it that matched best. */
    public record Hit(SearchType type, String id, String field, double score, String snippet,
            List<TextRange> highlights, SearchResult node) {
    }

    /**
     * The ranked hits of a whole search, without their records, and with the whole matching text in place of the
     * snippet; {@link #load} cuts a page's snippets and reads its records.
     */
    public record Found(List<String> query, List<Hit> hits) {
    }

    private static final boolean POSTGRES = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2").startsWith("postgres");

    private Search() {
    }

    public static Found find(String text, List<SearchType> types) {
        if (text.length() > MAX_LENGTH) {
            throw new BadUserInputException("text", "'text' may be at most " + MAX_LENGTH + " characters long, was "
                    + text.length());
        }
        if (Words.folded(text).isEmpty()) {
            throw new BadUserInputException("text", "'text' holds no word to search for: give at least one word");
        }
        List<String> query = Words.of(text).stream().map(Words.Word::term).toList();
        List<String> terms = query.stream().distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw new BadUserInputException("text", "'text' may hold at most " + MAX_TERMS + " words, held "
                    + terms.size());
        }
        if (terms.isEmpty() || types != null && types.isEmpty()) {
            // Only stop words ("the", "of"): they are in every text, so they find nothing, as on PostgreSQL.
            return new Found(query, List.of());
        }
        Map<String, Hit> best = new LinkedHashMap<>();
        Map<String, Double> others = new HashMap<>();
        for (Object[] row : documents(text, terms, types)) {
            SearchType type = SearchType.valueOf((String) row[0]);
            String id = (String) row[1];
            String field = (String) row[2];
            String body = (String) row[3];
            double score = Ranking.score(field, Words.of(body), query);
            String key = type + ":" + id;
            Hit held = best.get(key);
            if (held == null || score > held.score()) {
                if (held != null) {
                    others.merge(key, held.score(), Double::sum);
                }
                // The snippet waits for the page: most hits are never shown.
                best.put(key, new Hit(type, id, field, score, body, null, null));
            } else {
                others.merge(key, score, Double::sum);
            }
        }
        // A record matched in several texts ranks a little above one matched once as well.
        List<Hit> hits = new ArrayList<>(best.size());
        best.forEach((key, hit) -> {
            double score = hit.score() + 0.1 * others.getOrDefault(key, 0.0);
            hits.add(new Hit(hit.type(), hit.id(), hit.field(), Math.round(score * 1e6) / 1e6, hit.snippet(),
                    null, null));
        });
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::type)
                .thenComparing(Hit::id));
        return new Found(query, hits);
    }

    /** The texts holding every term: on PostgreSQL one statement, on H2 one for the terms' lists and one for the texts. */
    private static List<Object[]> documents(String text, List<String> terms, List<SearchType> types) {
        StringBuilder sql = new StringBuilder("select d.subject_type, d.subject_id, d.field, d.body from search_doc d");
        List<Object> params = new ArrayList<>();
        if (POSTGRES) {
            sql.append(" where d.tsv @@ plainto_tsquery('english', bamboo_unaccent(?))");
            params.add(Words.folded(text));
        } else {
            long[] ids = postings(terms);
            if (ids.length == 0) {
                return List.of();
            }
            // Ids of our own index, numbers only: written into the statement, H2 looks each up by the primary key.
            sql.append(" where d.id in (");
            for (int i = 0; i < ids.length; i++) {
                sql.append(i == 0 ? "" : ",").append(ids[i]);
            }
            sql.append(')');
        }
        sql.append(" and d.field <> '").append(OFFICE_TITLES).append('\'');
        if (types != null) {
            sql.append(" and d.subject_type in (");
            List<SearchType> distinct = types.stream().distinct().toList();
            for (int i = 0; i < distinct.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                params.add(distinct.get(i).name());
            }
            sql.append(')');
        }
        return list(sql.toString(), params);
    }

    /** H2: the ids of the texts holding every term, from the terms' posting lists. */
    private static long[] postings(List<String> terms) {
        StringBuilder sql = new StringBuilder("select term, docs from " + Postings.TABLE + " where term in (");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        List<Object[]> rows = list(sql.append(')').toString(), new ArrayList<>(terms));
        if (rows.size() < terms.size()) {
            return new long[0];
        }
        List<long[]> lists = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lists.add(Postings.decode((String) row[1]));
        }
        // The shortest list first: the intersection never grows.
        lists.sort(Comparator.comparingInt(l -> l.length));
        return Postings.intersect(lists);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(String sql, List<Object> params) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        RequestBudget budget = RequestBudget.current();
        if (budget != null) {
            budget.bound(query);
        }
        List<Object[]> rows = query.getResultList();
        if (budget != null) {
            budget.read(rows.size());
        }
        return rows;
    }

    /** The hits with their snippets and records, read with one statement per kind of record among them. */
    public static List<Hit> load(List<String> query, List<Hit> hits) {
        Map<SearchType, List<String>> ids = new EnumMap<>(SearchType.class);
        for (Hit hit : hits) {
            ids.computeIfAbsent(hit.type(), t -> new ArrayList<>()).add(hit.id());
        }
        Map<String, Object> nodes = new HashMap<>();
        ids.forEach((type, keys) -> {
            switch (type) {
                case VISIT -> Rows.where(Visit.class, "id in :keys", keys).forEach(v -> nodes.put("VISIT:" + v.id, v));
                case AGREEMENT -> Rows.where(Agreement.class, "id in :keys", keys)
                        .forEach(a -> nodes.put("AGREEMENT:" + a.id, a));
                case STATEMENT -> Rows.where(Statement.class, "id in :keys", keys)
                        .forEach(s -> nodes.put("STATEMENT:" + s.id, s));
                case EVENT -> Rows.where(Event.class, "id in :keys", keys).forEach(e -> nodes.put("EVENT:" + e.id, e));
                case LEADER -> Rows.where(Leader.class, "id in :keys", keys)
                        .forEach(l -> nodes.put("LEADER:" + l.id, l));
                case STATE -> Rows.where(State.class, "code in :keys", keys)
                        .forEach(s -> nodes.put("STATE:" + s.code, s));
            }
        });
        List<Hit> loaded = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            Object node = nodes.get(hit.type() + ":" + hit.id());
            // A record deleted between finding and loading is left out rather than answered as null.
            if (node != null) {
                Ranking.Match match = Ranking.match(hit.field(), hit.snippet(), query);
                loaded.add(new Hit(hit.type(), hit.id(), hit.field(), hit.score(), match.snippet(),
                        match.highlights(), (SearchResult) Hibernate.unproxy(node)));
            }
        }
        return loaded;
    }

}
