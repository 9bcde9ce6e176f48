package org.bamboograph.historian;

import java.time.LocalDate;

/**
 * One record of an Office of the Historian dataset, as read: a foreign leader's visit to the United States
 * ({@code <visit>}) or a trip abroad ({@code <trip>}, by a president or a secretary of state).
 *
 * @param dataset    "visits", or "travels-" plus the trip's role ("travels-president")
 * @param person     the visitor string (title and name) or the traveller's name
 * @param slug       the country id ("vietnam", "korea-south")
 * @param country    the country name as the record writes it
 * @param locale     where in the country, for trips
 * @param text       description or remarks
 */
public record HistorianRecord(String dataset, String recordId, String file, int line, String person, String slug,
        String country, LocalDate start, LocalDate end, String locale, String text) {

    public boolean isTrip() {
        return dataset.startsWith("travels-");
    }

    /** The role of a trip's traveller ("president", "secretary"); null for visits. */
    public String role() {
        return isTrip() ? dataset.substring("travels-".length()) : null;
    }
}
