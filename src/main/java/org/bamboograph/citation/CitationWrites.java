package org.bamboograph.citation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.value.Origin;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The citations of every write: each written fact cites a source, each citation names the fields it supports, and a
 * stated field with a value must be supported. Every record type's writes build on this, sources' writes included,
 * so it names the source entity in HQL rather than importing it.
 */
@ApplicationScoped
public class CitationWrites {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Adds the citations of a write to the record; an identical citation (same source and words) is not added twice,
     * but what it supports is widened to what the write says. Each citation must name the fields it supports.
     */
    public void cite(Subject subject, String id, List<CitationInput> sources) {
        cite(subject, id, sources, subject, List.of());
    }

    /**
     * As {@link #cite(Subject, String, List)}, for citations given on another record ({@code givenOn}): a leader's
     * citations that support "offices" are filed under each office, supporting {@code translated}.
     */
    public void cite(Subject subject, String id, List<CitationInput> sources, Subject givenOn, List<String> translated) {
        if (sources == null || sources.isEmpty()) {
            throw BadUserInputException.field("sources", "sources: cite at least one source for what you write");
        }
        List<Citation> existing = Citation.list("subjectType = ?1 and subjectId = ?2", subject, id);
        int position = existing.stream().mapToInt(c -> c.position).max().orElse(-1) + 1;
        for (int i = 0; i < sources.size(); i++) {
            CitationInput input = sources.get(i);
            if (!sourceExists(input.source)) {
                throw BadUserInputException.field("sources[" + i + "].source",
                        "sources[" + i + "].source: there is no source with id '" + input.source + "'");
            }
            List<String> supports = supports(givenOn, "sources[" + i + "].supports", input.supports);
            if (givenOn != subject) {
                if (!supports.contains("offices")) {
                    continue;
                }
                supports = translated;
            }
            Citation known = existing.stream().filter(c -> c.sourceId.equals(input.source)
                    && c.excerpt.equals(input.excerpt.strip())).findFirst().orElse(null);
            if (known != null) {
                List<String> widened = new ArrayList<>(known.getSupports());
                widened.addAll(supports);
                known.supportsText = Supports.join(subject, widened);
                if (input.note != null && !input.note.isBlank()) {
                    known.note = input.note.strip();
                }
                continue;
            }
            Citation citation = new Citation();
            citation.id = subject + ":" + id + ":e:" + newId();
            citation.subjectType = subject;
            citation.subjectId = id;
            citation.sourceId = input.source;
            citation.excerpt = input.excerpt.strip();
            citation.locator = input.locator;
            citation.supportsText = Supports.join(subject, supports);
            citation.note = input.note == null || input.note.isBlank() ? null : input.note.strip();
            citation.position = position++;
            citation.origin = Origin.EDITOR.column();
            citation.persist();
            existing.add(citation);
        }
    }

    /** The field names a citation supports, each one a field of the type ("sources[0].supports[1]" names a bad one). */
    private static List<String> supports(Subject subject, String field, List<String> given) {
        if (given == null || given.isEmpty()) {
            throw BadUserInputException.field(field, field + ": name the fields these words support, one or more of "
                    + Supports.fields(subject));
        }
        for (int j = 0; j < given.size(); j++) {
            if (!Supports.fields(subject).contains(given.get(j))) {
                throw BadUserInputException.field(field + "[" + j + "]", field + "[" + j + "]: '" + given.get(j)
                        + "' is not a field these words can support; the fields are " + Supports.fields(subject));
            }
        }
        return given;
    }

    /**
     * Refuses a write that gives a stated field a value no citation of the record supports: what the sources do not
     * state is not served. {@code given} are the stated fields the write sets.
     */
    public void requireSupport(Subject subject, String id, List<String> given) {
        List<Citation> citations = Citation.list("subjectType = ?1 and subjectId = ?2", subject, id);
        for (String field : given) {
            if (Supports.isStated(subject, field)
                    && citations.stream().noneMatch(c -> c.getSupports().contains(field))) {
                throw BadUserInputException.field(field, field + " has a value, but no citation supports it: add \""
                        + field + "\" to the supports of the citation that states it, or leave " + field + " out");
            }
        }
    }

    /** Whether one of the record's citations supports {@code field}. */
    public boolean supported(Subject subject, String id, String field) {
        return Citation.<Citation>list("subjectType = ?1 and subjectId = ?2", subject, id).stream()
                .anyMatch(c -> c.getSupports().contains(field));
    }

    public void uncite(Subject subject, String id) {
        Citation.delete("subjectType = ?1 and subjectId = ?2", subject, id);
    }

    private static boolean sourceExists(String id) {
        return Panache.getEntityManager().createQuery("select count(s) from Source s where s.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    private static String newId() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "c-" + HexFormat.of().formatHex(bytes);
    }
}
