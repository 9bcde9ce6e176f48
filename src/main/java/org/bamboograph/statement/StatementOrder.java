package org.bamboograph.statement;

import org.bamboograph.query.OrderKey;
import org.bamboograph.query.Ordering;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of statements: by date either way (undated last), by the displayed speaker name; ties by id.")
public enum StatementOrder implements OrderKey {
    DATE_ASC, DATE_DESC, SPEAKER_NAME;

    @Override
    public String hql(String s) {
        return switch (this) {
            case DATE_ASC -> Ordering.byDate(s, true);
            case DATE_DESC -> Ordering.byDate(s, false);
            case SPEAKER_NAME -> s + ".speakerName asc";
        };
    }
}
