package org.bamboograph.stats;

import java.util.List;

import org.bamboograph.paging.Page;
import org.bamboograph.source.Source;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The balance between a state and the powers; the counting is {@link Balance}'s. */
@GraphQLApi
public class BalanceApi {

    @Query("balance")
    @NonNull
    @Description("How a state's exchanges divide between powers, bucket by bucket: one row per bucket and power, in "
            + "bucket order then the order of 'powers', every bucket of the range present (rows of zeros included). "
            + "visitsTo counts visits by leaders travelling for 'state' to the power, visitsFrom those by the power's "
            + "leaders to 'state' (the guest's state on each visit, not the leader's state today); agreements those "
            + "with both as parties; statementsAbout the statements about the power; partnership what stands at the "
            + "bucket's end by the rule of partnerships(asOf); share = (visitsTo + visitsFrom) ÷ the same sum over all "
            + "listed powers in the bucket, null when that sum is 0. A record counts in the bucket its span starts in; "
            + "'from'/'to' keep records that overlap them and set the first and last bucket (left out: the first or "
            + "last year with a record). Example: balance(state: \"VNM\", powers: [\"USA\", \"CHN\"], from: \"2023\", "
            + "to: \"2023\") has one row per power; Biden's visit of September 2023 is a visitFrom of USA. The "
            + "historian datasets record only trips to and from the United States, so imported data raises the "
            + "figures of USA alone: compare the others with that in mind. At most 20 powers; unknown codes give no "
            + "rows.")
    public List<@NonNull BalanceRow> balance(@NonNull @Name("state") String state,
            @NonNull @Name("powers") List<@NonNull String> powers, String from, String to,
            @DefaultValue("YEAR") Bucket bucket) {
        return Balance.rows(state, powers, from, to, bucket);
    }

    @NonNull
    @Description("The visits, agreements and statements this row counts, in that order, each in date order.")
    public List<@NonNull BalanceRecordConnection> records(@org.eclipse.microprofile.graphql.Source List<BalanceRow> rows,
            @DefaultValue("20") Integer first, String after) {
        Page.size(first);
        Page.offset(after);
        return rows.stream().map(r -> new BalanceRecordConnection(Page.slice(r.balance.records(r), first, after)))
                .toList();
    }

    @NonNull
    @Description("The sources cited by the records this row counts, by id: what its figures draw on.")
    public List<@NonNull List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<BalanceRow> rows) {
        return Balance.sources(rows);
    }
}
