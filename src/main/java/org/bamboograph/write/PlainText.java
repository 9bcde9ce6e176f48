package org.bamboograph.write;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.bamboograph.error.BadUserInputException;

/**
 * Written text is stored as it was sent or refused, never altered: a lone surrogate (half of a UTF-16 pair, which no
 * database encoding keeps; H2 would store '?') or a control character other than tab, line feed and carriage return
 * is BAD_USER_INPUT on the field that holds it. Walks an input object's strings, lists and nested inputs.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Checks every string of {@code input}; a refusal names its path ("sources[0].excerpt"). */
    public static void check(Object input) {
        walk("", input);
    }

    private static void walk(String path, Object value) {
        if (value instanceof String text) {
            check(path, text);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i));
            }
        } else if (value != null && value.getClass().getName().startsWith("org.bamboograph.")
                && !value.getClass().isEnum()) {
            for (Field field : value.getClass().getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    walk(path.isEmpty() ? field.getName() : path + "." + field.getName(), field.get(value));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Refuses {@code text} if it holds a lone surrogate or a control character other than tab, CR and LF. */
    public static void check(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw BadUserInputException.field(field, String.format("%s: character %d is a lone surrogate "
                        + "(U+%04X), half of a UTF-16 pair, which is not Unicode text: send the whole character",
                        field, i + 1, (int) c));
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw BadUserInputException.field(field, String.format("%s: character %d is the control character "
                        + "U+%04X; text may hold tabs and line breaks, no other control characters", field, i + 1,
                        (int) c));
            }
        }
    }
}
