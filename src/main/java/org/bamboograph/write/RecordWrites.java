package org.bamboograph.write;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.CitationWrites;
import org.bamboograph.citation.Subject;
import org.bamboograph.citation.Supports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Create, update and delete of one type of record, the same for every type: check the input, check the version read,
 * apply, cite, log; refuse a delete while others refer to the record. Each type says only what differs.
 *
 * @param <T> the entity
 * @param <I> its GraphQL input
 */
public abstract class RecordWrites<T extends PanacheEntityBase, I> {

    @Inject
    protected Writes writes;

    @Inject
    protected CitationWrites citations;

    private final String type;
    private final Subject subject;
    private final Supplier<T> blank;
    private final Function<String, T> finder;
    private final Function<T, String> idOf;
    private final ToIntFunction<T> versionOf;

    /**
     * @param type    the type's name in messages and the audit log
     * @param subject what its citations are filed under; null for a type without citations
     * @param blank   a new, empty record of editor origin
     */
    protected RecordWrites(String type, Subject subject, Supplier<T> blank, Function<String, T> find,
            Function<T, String> id, ToIntFunction<T> version) {
        this.type = type;
        this.subject = subject;
        this.blank = blank;
        this.finder = find;
        this.idOf = id;
        this.versionOf = version;
    }

    /** Gives a new record its id, from the input or generated. */
    protected abstract void assignId(T record, I input);

    /** The id a new record asked for, refused if taken, or a new one starting with {@code prefix}. */
    protected String newId(String requested, String prefix) {
        return writes.newId(requested, prefix, id -> finder.apply(id) != null);
    }

    /** Copies the input onto the record, checking the rules Bean Validation cannot express. */
    protected abstract void apply(T record, I input);

    /** The citations of the input; null for a type without citations. */
    protected abstract List<CitationInput> sources(I input);

    /** What still refers to the record, by kind: a delete is refused while any count is above zero. */
    protected Map<String, Long> usages(String id) {
        return Map.of();
    }

    /** Rows that belong to the record and go with it or are rewritten with it (a leader's offices). */
    protected void afterApply(T record, I input, boolean created) {
    }

    protected void beforeDelete(T record) {
    }

    @Transactional
    public T create(I input) {
        writes.validate(input);
        T record = blank.get();
        assignId(record, input);
        apply(record, input);
        record.persist();
        afterApply(record, input, true);
        cite(record, input);
        writes.audit("created", type, idOf.apply(record));
        return record;
    }

    @Transactional
    public T update(String id, int version, I input) {
        writes.validate(input);
        T record = writes.found(finder.apply(id), type, id);
        writes.checkVersion(type, idOf.apply(record), version, versionOf.applyAsInt(record));
        apply(record, input);
        afterApply(record, input, false);
        cite(record, input);
        writes.touch(record, version, () -> versionOf.applyAsInt(record));
        writes.audit("updated", type, idOf.apply(record));
        return record;
    }

    @Transactional
    public String delete(String id, int version) {
        T record = writes.found(finder.apply(id), type, id);
        String key = idOf.apply(record);
        writes.checkVersion(type, key, version, versionOf.applyAsInt(record));
        writes.refuseIfUsed(type, key, usages(key));
        beforeDelete(record);
        if (subject != null) {
            citations.uncite(subject, key);
        }
        record.delete();
        writes.audit("deleted", type, key);
        return key;
    }

    private void cite(T record, I input) {
        if (subject != null) {
            citations.cite(subject, idOf.apply(record), sources(input));
            citations.requireSupport(subject, idOf.apply(record), givenFields(input));
        }
    }

    /**
     * The fields of the type the input gives a value that states something (see {@link Supports#claims}): a field of
     * the input named as the type's field. Inputs name their fields as the types do, so no type has to list them again.
     */
    private List<String> givenFields(I input) {
        List<String> given = new java.util.ArrayList<>();
        for (String name : Supports.fields(subject)) {
            try {
                Object value = input.getClass().getField(name).get(input);
                if (Supports.claims(name, value)) {
                    given.add(name);
                }
            } catch (NoSuchFieldException e) {
                // The type has the field, the input does not set it (a leader's offices carry their own check).
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return given;
    }
}
