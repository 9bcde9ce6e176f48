package org.bamboograph.load;

import java.util.List;

/**
 * The tables the curated loader, the importer and the visit merge write with JDBC, beside Hibernate (the Flyway
 * migrations make them; the entities map them for the GraphQL side). {@code TablesTest} checks each against the
 * database, so a column added by a migration and written here is declared once.
 */
public final class Tables {

    public static final Table SOURCE = Table.of("source", "id",
            "title", "author", "publisher", "published", "url", "origin");
    public static final Table STATE = Table.of("state", "code", "name", "kind", "origin");
    public static final Table LEADER = Table.of("leader", "id",
            "name", "name_key", "short_key", "state_code", "origin");
    public static final Table LEADER_ALIAS = Table.of("leader_alias", "leader_id",
            "position", "name", "name_key", "short_key", "source_id", "excerpt", "origin");
    public static final Table OFFICE = Table.of("office", "id",
            "leader_id", "position", "title", "state_code", "date_from", "date_to", "origin");
    public static final Table VISIT = Table.of("visit", "id", "guest_id", "host_state_code", "host_id", "city",
            "date_text", "end_date_text", "date_start", "date_precision", "span_end", "purpose", "guest_state_code",
            "origin");
    public static final Table AGREEMENT = Table.of("agreement", "id", "title", "kind", "date_text", "date_start",
            "date_precision", "span_end", "visit_id", "supersedes_id", "origin");
    public static final Table AGREEMENT_PARTY = Table.of("agreement_party", "agreement_id", "state_code");
    public static final Table STATEMENT = Table.of("statement", "id", "text", "text_key", "speaker_name",
            "speaker_name_key", "date_text", "date_start", "date_precision", "span_end", "visit_id", "agreement_id",
            "origin");
    public static final Table STATEMENT_SPEAKER = Table.of("statement_speaker", "statement_id", "position",
            "leader_id");
    public static final Table STATEMENT_ABOUT = Table.of("statement_about", "statement_id", "state_code");
    public static final Table EVENT = Table.of("event", "id", "title", "kind", "description", "date_text",
            "end_date_text", "date_start", "date_precision", "span_end", "origin");
    public static final Table EVENT_STATE = Table.of("event_state", "event_id", "state_code");
    public static final Table CITATION = Table.of("citation", "id", "subject_type", "subject_id", "position",
            "source_id", "excerpt", "locator", "supports", "note", "origin");
    public static final Table IMPORT_RECORD = Table.of("import_record", "id", "dataset", "record_id", "file_name",
            "visit_id", "checksum", "date_text", "end_date_text", "city");

    /** Every table above, for the check against the database. */
    public static final List<Table> ALL = List.of(SOURCE, STATE, LEADER, LEADER_ALIAS, OFFICE,
            VISIT, AGREEMENT, AGREEMENT_PARTY, STATEMENT, STATEMENT_SPEAKER, STATEMENT_ABOUT, EVENT, EVENT_STATE,
            CITATION, IMPORT_RECORD);

    private Tables() {
    }
}
