package org.bamboograph.state;

import org.bamboograph.query.OrderKey;
import org.eclipse.microprofile.graphql.Description;

@Description("Orders of states: by code or by name, either way; ties by code.")
public enum StateOrder implements OrderKey {
    CODE_ASC, CODE_DESC, NAME_ASC, NAME_DESC;

    @Override
    public String hql(String s) {
        return switch (this) {
            case CODE_ASC -> s + ".code asc";
            case CODE_DESC -> s + ".code desc";
            case NAME_ASC -> s + ".name asc";
            case NAME_DESC -> s + ".name desc";
        };
    }
}
