package org.bamboograph.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bamboograph.error.BadUserInputException;

import io.vertx.core.MultiMap;

/**
 * The URL parameters of one export, checked before anything is read: each known to the table, none given twice.
 * A parameter the table does not take is refused rather than ignored, so that a misspelt filter never exports more
 * than was asked for.
 */
final class ExportParameters {

    private final Map<String, String> values = new HashMap<>();

    ExportParameters(MultiMap query, Set<String> allowed) {
        for (String name : query.names()) {
            List<String> given = query.getAll(name);
            if (!allowed.contains(name)) {
                throw new BadUserInputException(name, "'" + name + "' is not a parameter of this export; it takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (given.size() > 1) {
                throw new BadUserInputException(name, "'" + name + "' is given " + given.size() + " times; give it once");
            }
            String value = given.get(0);
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
    }

    /** The value, or null when left out or empty. */
    String get(String name) {
        return values.get(name);
    }

    /** A comma-separated list, or null when left out. */
    List<String> list(String name) {
        String value = values.get(name);
        return value == null ? null : List.of(value.split(",", -1)).stream().map(String::strip).toList();
    }

    /** "true" or "false", or null when left out; anything else is BAD_USER_INPUT. */
    Boolean booleanValue(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadUserInputException(name, "'" + name + "' must be true or false, was " + value);
        };
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(name, "'" + name + "' must be one of " + List.of(type.getEnumConstants())
                    + ", was " + value);
        }
    }

    /** Part of the cache tag: the parameters in a fixed order. */
    String canonical() {
        return new java.util.TreeMap<>(values).toString();
    }
}
