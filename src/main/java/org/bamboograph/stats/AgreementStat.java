package org.bamboograph.stats;

import java.util.List;

import org.bamboograph.agreement.AgreementKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Description("One group of agreementStats: the values of the keys grouped by (the others null) and how many "
        + "agreements have them.")
public class AgreementStat extends Stat {

    @Description("The year of the agreements' dates, when grouped by YEAR.")
    public Integer year;

    @Description("The first year of the decade of the agreements' dates, when grouped by DECADE.")
    public Integer decade;

    @Description("The kind, when grouped by KIND.")
    public AgreementKind kind;

    @Ignore
    public String partyCode;

    /** The two parties of a PARTY_PAIR group, in code order. */
    @Ignore
    public List<String> pairCodes;
}
