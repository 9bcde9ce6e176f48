package org.bamboograph.stats;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A record a balance row counts: the figure it counts in, and the record (the one field of its kind).")
public class BalanceRecord {

    @NonNull
    public BalanceRecordKind kind;

    public Visit visit;

    public Agreement agreement;

    public Statement statement;

    BalanceRecord(BalanceRecordKind kind, Object record) {
        this.kind = kind;
        switch (kind) {
            case VISIT_TO, VISIT_FROM -> visit = (Visit) record;
            case AGREEMENT -> agreement = (Agreement) record;
            case STATEMENT -> statement = (Statement) record;
        }
    }
}
