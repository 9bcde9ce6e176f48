package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("Which figure of a balance row a record counts in.")
public enum BalanceRecordKind {
    @Description("A visit by a leader of the state to the power: visitsTo.")
    VISIT_TO,
    @Description("A visit by a leader of the power to the state: visitsFrom.")
    VISIT_FROM,
    @Description("An agreement with both as parties: agreements.")
    AGREEMENT,
    @Description("A statement about the power: statementsAbout.")
    STATEMENT
}
