package org.bamboograph.stats;

import org.bamboograph.agreement.Partnership;
import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One bucket and one power of balance: what passed between the state and the power in that span. A "
        + "record counts in the bucket its span starts in.")
public class BalanceRow {

    @NonNull
    @Description("First year of the bucket (ISO year); a bucket is clipped to the years of from/to.")
    public String bucketStart;

    @NonNull
    @Description("Last year of the bucket (ISO year), through its end.")
    public String bucketEnd;

    @NonNull
    @Description("The power this row is about.")
    public State power;

    @NonNull
    @Description("Visits by leaders travelling for the state to the power, starting in the bucket.")
    public int visitsTo;

    @NonNull
    @Description("Visits by leaders travelling for the power to the state, starting in the bucket.")
    public int visitsFrom;

    @NonNull
    @Description("Agreements with both the state and the power among their parties, dated in the bucket.")
    public int agreements;

    @NonNull
    @Description("Statements about the power, dated in the bucket.")
    public int statementsAbout;

    @Description("The partnership standing between the state and the power at the end of the bucket, by the rule of "
            + "partnerships(asOf): null where none stood.")
    public Partnership partnership;

    @Description("(visitsTo + visitsFrom) of this power ÷ the same sum over all the listed powers in this bucket; null "
            + "when that sum is 0.")
    public Double share;

    @Ignore
    Balance balance;

    @Ignore
    int bucketIndex;
}
