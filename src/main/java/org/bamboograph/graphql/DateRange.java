package org.bamboograph.graphql;

import java.time.LocalDate;
import java.util.Map;

/**
 * The from/to arguments of a list query. A record matches when its span overlaps the range that runs from the start
 * of {@code from} to the end of {@code to}; an open end is unbounded. A record without a date matches no range.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange parse(String from, String to) {
        LocalDate start = from == null ? null : parseArgument("from", from).start();
        LocalDate end = to == null ? null : parseArgument("to", to).end();
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadUserInputException("to", "'to' (" + to + ") ends before 'from' (" + from + ") begins");
        }
        return new DateRange(start, end);
    }

    public static PartialDate parseArgument(String argument, String text) {
        try {
            return PartialDate.parse(text);
        } catch (PartialDate.InvalidDateException e) {
            throw new BadUserInputException(argument, e.getMessage());
        }
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    /** Appends the overlap condition on an entity alias whose span columns are dateStart and spanEnd. */
    public void appendTo(QueryBuilder query, String alias) {
        if (isOpen()) {
            return;
        }
        query.where(alias + ".dateStart is not null");
        if (to != null) {
            query.where(alias + ".dateStart <= :rangeTo", Map.of("rangeTo", to));
        }
        if (from != null) {
            query.where(alias + ".spanEnd >= :rangeFrom", Map.of("rangeFrom", from));
        }
    }
}
