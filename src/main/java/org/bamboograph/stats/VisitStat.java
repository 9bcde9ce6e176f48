package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Description("One group of visitStats: the values of the keys grouped by (the others null) and how many visits have "
        + "them. 'year' null in a grouping by YEAR is the group of undated visits.")
public class VisitStat extends Stat {

    @Description("The year the visits' spans start in, when grouped by YEAR.")
    public Integer year;

    @Description("The first year of the decade the visits' spans start in (1990 for 1990–1999), when grouped by DECADE.")
    public Integer decade;

    @Ignore
    public String guestStateCode;

    @Ignore
    public String hostStateCode;

    @Ignore
    public String guestId;
}
