package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Description("One group of statementStats: the values of the keys grouped by (the others null) and how many "
        + "statements have them.")
public class StatementStat extends Stat {

    @Description("The year of the statements' dates, when grouped by YEAR.")
    public Integer year;

    @Description("The first year of the decade of the statements' dates, when grouped by DECADE.")
    public Integer decade;

    @Ignore
    public String aboutCode;

    @Ignore
    public String speakerId;
}
