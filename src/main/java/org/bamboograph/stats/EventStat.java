package org.bamboograph.stats;

import org.bamboograph.event.EventKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Description("One group of eventStats: the values of the keys grouped by (the others null) and how many events have "
        + "them.")
public class EventStat extends Stat {

    @Description("The year the events' spans start in, when grouped by YEAR.")
    public Integer year;

    @Description("The first year of the decade the events' spans start in, when grouped by DECADE.")
    public Integer decade;

    @Description("The kind, when grouped by KIND.")
    public EventKind kind;

    @Ignore
    public String stateCode;
}
