package org.bamboograph.event;

import org.bamboograph.query.OrderKey;
import org.bamboograph.query.Ordering;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of events: by date either way (undated last), by title; ties by id.")
public enum EventOrder implements OrderKey {
    DATE_ASC, DATE_DESC, TITLE;

    @Override
    public String hql(String e) {
        return switch (this) {
            case DATE_ASC -> Ordering.byDate(e, true);
            case DATE_DESC -> Ordering.byDate(e, false);
            case TITLE -> e + ".title asc";
        };
    }
}
