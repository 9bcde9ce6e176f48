package org.bamboograph.value;

import java.time.LocalDate;

/**
 * The stored form of a dated record's span: start, precision of the start date, and last day covered.
 * Entities keep the ISO text they serve plus these columns, which the date filters and the sort order use.
 */
public record DateSpan(LocalDate start, Integer precision, LocalDate end) {

    public static final DateSpan NONE = new DateSpan(null, null, null);

    /** The span from the start of {@code date} to the end of {@code endDate} (or of {@code date} if none). */
    public static DateSpan of(String date, String endDate) {
        PartialDate from = PartialDate.parseNullable(date);
        PartialDate to = PartialDate.parseNullable(endDate);
        if (from == null) {
            if (to != null) {
                throw new PartialDate.InvalidDateException(endDate, "an end date needs a start date");
            }
            return NONE;
        }
        LocalDate end = to == null ? from.end() : to.end();
        if (to != null && to.end().isBefore(from.start())) {
            throw new PartialDate.InvalidDateException(endDate, "the end date is before the start date " + date);
        }
        return new DateSpan(from.start(), from.precision().ordinal(), end);
    }
}
