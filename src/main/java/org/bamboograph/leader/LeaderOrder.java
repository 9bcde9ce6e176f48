package org.bamboograph.leader;

import org.bamboograph.query.OrderKey;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of leaders: by name either way, by the code of the state of the latest office; ties by id.")
public enum LeaderOrder implements OrderKey {
    NAME_ASC, NAME_DESC, STATE;

    @Override
    public String hql(String l) {
        return switch (this) {
            case NAME_ASC -> l + ".name asc";
            case NAME_DESC -> l + ".name desc";
            case STATE -> l + ".stateCode asc";
        };
    }
}
