package org.bamboograph.query;

import java.util.Map;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.value.DateRange;
import org.bamboograph.value.PartialDate;

/**
 * The from/to (and asOf) arguments of the list queries: read as a {@link DateRange}, refused as BAD_USER_INPUT on the
 * argument at fault, and added to a query as an overlap condition.
 */
public final class DateArguments {

    private DateArguments() {
    }

    public static DateRange parse(String from, String to) {
        try {
            return DateRange.parse(from, to);
        } catch (DateRange.InvalidRangeException e) {
            throw new BadUserInputException(e.argument(), e.getMessage());
        }
    }

    public static PartialDate parseArgument(String argument, String text) {
        try {
            return DateRange.parseArgument(argument, text);
        } catch (DateRange.InvalidRangeException e) {
            throw new BadUserInputException(e.argument(), e.getMessage());
        }
    }

    /** Adds the overlap condition on an entity alias whose span columns are dateStart and spanEnd. */
    public static void appendTo(QueryBuilder query, String alias, DateRange range) {
        if (range.isOpen()) {
            return;
        }
        query.where(alias + ".dateStart is not null");
        if (range.to() != null) {
            query.where(alias + ".dateStart <= :rangeTo", Map.of("rangeTo", range.to()));
        }
        if (range.from() != null) {
            query.where(alias + ".spanEnd >= :rangeFrom", Map.of("rangeFrom", range.from()));
        }
    }

    /** Reads from/to and adds them to the query in one step, as every dated list query does. */
    public static void filter(QueryBuilder query, String alias, String from, String to) {
        appendTo(query, alias, parse(from, to));
    }
}
