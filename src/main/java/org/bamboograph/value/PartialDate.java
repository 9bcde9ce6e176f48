package org.bamboograph.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision its source gives: a year ("2016"), a month ("2024-03") or a day ("2023-09-10").
 * It stands for the whole span it names, so "2016" covers 2016-01-01 to 2016-12-31.
 */
public record PartialDate(LocalDate start, Precision precision) {

    /** Ordered coarse to fine, so sorting by ordinal puts the coarser of two dates with the same start first. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses an ISO-8601 year, year-month or date; anything else is an {@link InvalidDateException}. */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new InvalidDateException("null", "a date is required");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidDateException(text, "use an ISO-8601 year (2016), month (2024-03) or day (2023-09-10)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(YearMonth.of(year, month).atDay(1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            throw new InvalidDateException(text, "no such " + (m.group(3) == null ? "month" : "day") + " in the calendar");
        }
    }

    /** Like {@link #parse} but passes null through, for optional dates. */
    public static PartialDate parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    /** The last day of the span this date names. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /** The ISO-8601 text at this date's precision. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** Thrown for text that is not a date at year, month or day precision. */
    public static class InvalidDateException extends IllegalArgumentException {
        private final String text;

        public InvalidDateException(String text, String hint) {
            super("'" + text + "' is not a valid date: " + hint);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
