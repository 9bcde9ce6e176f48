package org.bamboograph.agreement;

import org.bamboograph.query.OrderKey;
import org.bamboograph.query.Ordering;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of agreements: by date either way (undated last), by title; ties by id.")
public enum AgreementOrder implements OrderKey {
    DATE_ASC, DATE_DESC, TITLE;

    @Override
    public String hql(String a) {
        return switch (this) {
            case DATE_ASC -> Ordering.byDate(a, true);
            case DATE_DESC -> Ordering.byDate(a, false);
            case TITLE -> a + ".title asc";
        };
    }
}
