package org.bamboograph.state;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of actor a State is.")
public enum StateKind {
    @Description("A country, past or present.")
    COUNTRY,
    @Description("An international organization that is party to agreements, such as the European Union.")
    ORGANIZATION
}
