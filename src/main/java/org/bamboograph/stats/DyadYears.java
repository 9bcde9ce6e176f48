package org.bamboograph.stats;

import java.util.List;
import java.util.Map;

import org.bamboograph.query.Rows;
import org.bamboograph.source.Source;
import org.bamboograph.value.StateCode;

/**
 * The dyad-year table of the Correlates of War tradition: for a state, one row per partner and year, zero years
 * included, counted as {@code balance} counts with yearly buckets. Its partners, unless named, are every state it
 * exchanged a visit with or shares an agreement with.
 */
public final class DyadYears {

    /** As many partners as there are states: a dyad table may list them all. */
    static final int MAX_PARTNERS = 1000;

    private DyadYears() {
    }

    public static List<BalanceRow> rows(String state, List<String> partners, String from, String to) {
        List<String> named = partners != null ? partners : partnersOf(StateCode.normalize(state));
        if (named.isEmpty()) {
            return List.of();
        }
        return Balance.rows(state, named, from, to, Bucket.YEAR, MAX_PARTNERS);
    }

    /** Each row's sources, by id, in the order of the rows. */
    public static List<List<Source>> sources(List<BalanceRow> rows) {
        return Balance.sources(rows);
    }

    private static List<String> partnersOf(String state) {
        Map<String, Object> parameters = Map.of("state", state);
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        codes.addAll(Rows.select("select distinct v.hostStateCode from Visit v where v.guestStateCode = :state",
                String.class, parameters));
        codes.addAll(Rows.select("select distinct v.guestStateCode from Visit v where v.hostStateCode = :state",
                String.class, parameters));
        codes.addAll(Rows.select("select distinct p from Agreement a join a.partyCodes p where p <> :state and "
                + ":state member of a.partyCodes", String.class, parameters));
        codes.remove(state);
        return List.copyOf(codes);
    }
}
