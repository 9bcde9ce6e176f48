package org.bamboograph.live;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.event.Event;
import org.bamboograph.leader.Leader;
import org.bamboograph.source.Source;
import org.bamboograph.state.State;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.graphql.Description;

/**
 * The types of record a change can be about, with where each keeps its rows: the change log names a record by type
 * and id, and the feed reads it back (and the states it concerns) by these.
 */
@Description("A type of record of the graph.")
public enum RecordType {
    STATE("State", State.class, "state", "code", "select ? from state where code = ?"),
    LEADER("Leader", Leader.class, "leader", "id", "select state_code from leader where id = ?"),
    VISIT("Visit", Visit.class, "visit", "id", "select host_state_code from visit where id = ? union "
            + "select l.state_code from visit v join leader l on l.id = v.guest_id where v.id = ?"),
    AGREEMENT("Agreement", Agreement.class, "agreement", "id",
            "select state_code from agreement_party where agreement_id = ?"),
    STATEMENT("Statement", Statement.class, "statement", "id",
            "select state_code from statement_about where statement_id = ?"),
    EVENT("Event", Event.class, "event", "id", "select state_code from event_state where event_id = ?"),
    SOURCE("Source", Source.class, "source", "id", null);

    final String typeName;
    final Class<?> entity;
    final String table;
    final String key;
    /** The codes of the states the record concerns; each {@code ?} takes the record's id. */
    final String statesSql;

    RecordType(String typeName, Class<?> entity, String table, String key, String statesSql) {
        this.typeName = typeName;
        this.entity = entity;
        this.table = table;
        this.key = key;
        this.statesSql = statesSql;
    }

    /** The type of a write's record, by the name the writes log it under ("Visit"); null for another. */
    static RecordType named(String name) {
        for (RecordType type : values()) {
            if (type.typeName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
