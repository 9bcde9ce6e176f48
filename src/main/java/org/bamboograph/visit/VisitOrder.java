package org.bamboograph.visit;

import org.bamboograph.query.OrderKey;
import org.bamboograph.query.Ordering;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of visits: by date either way (undated last), by the guest's name, by the host state's code; "
        + "ties by id.")
public enum VisitOrder implements OrderKey {
    DATE_ASC, DATE_DESC, GUEST_NAME, HOST_STATE;

    @Override
    public String hql(String v) {
        return switch (this) {
            case DATE_ASC -> Ordering.byDate(v, true);
            case DATE_DESC -> Ordering.byDate(v, false);
            case GUEST_NAME -> "og.name asc";
            case HOST_STATE -> v + ".hostStateCode asc";
        };
    }

    @Override
    public String join(String v) {
        return this == GUEST_NAME ? "left join Leader og on og.id = " + v + ".guestId" : null;
    }
}
