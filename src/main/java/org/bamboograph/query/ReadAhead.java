package org.bamboograph.query;

/**
 * A row that may already carry the answer of one of its batch-loaded fields, read by the statement that read the row
 * (a visit's host state, an agreement's parties). {@link BatchFieldFetcher} then answers the field at once: no
 * DataLoader round, no query. Rows read without it fall back to the field's batch loader.
 */
public interface ReadAhead {

    /** The answer of the schema field {@code field} as already read, or null when it was not read ahead. */
    Object readAhead(String field);
}
