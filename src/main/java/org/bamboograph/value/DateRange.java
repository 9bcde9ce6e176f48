package org.bamboograph.value;

import java.time.LocalDate;

/**
 * A range of days from the start of one partial date to the end of another; an open end is unbounded. A record
 * matches when its span overlaps the range, and a record without a date matches no range.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /**
     * Reads {@code from} and {@code to} as partial dates, each at the precision given ("2016" runs from 1 January to
     * 31 December). A bad date or a range that ends before it begins is an {@link InvalidRangeException} naming the
     * argument at fault.
     */
    public static DateRange parse(String from, String to) {
        LocalDate start = from == null ? null : parseArgument("from", from).start();
        LocalDate end = to == null ? null : parseArgument("to", to).end();
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidRangeException("to", "'to' (" + to + ") ends before 'from' (" + from + ") begins");
        }
        return new DateRange(start, end);
    }

    public static PartialDate parseArgument(String argument, String text) {
        try {
            return PartialDate.parse(text);
        } catch (PartialDate.InvalidDateException e) {
            throw new InvalidRangeException(argument, e.getMessage());
        }
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    /** A from/to pair or a single date that cannot be read; {@link #argument()} names the one at fault. */
    public static class InvalidRangeException extends IllegalArgumentException {
        private final String argument;

        public InvalidRangeException(String argument, String message) {
            super(message);
            this.argument = argument;
        }

        public String argument() {
            return argument;
        }
    }
}
