package org.bamboograph.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bamboograph.error.BadUserInputException;

/**
 * Opaque cursors: the position of an item in its list, encoded so that clients treat it as a token.
 * A cursor stays meaningful as long as the list it came from is not changed between pages. A cursor of a list in
 * another than its default order names that order, so that it is refused under any other.
 */
public final class Cursor {

    private static final String PREFIX = "bg1:";
    /** The last position whose next page still starts at a position a page can have. */
    static final int MAX_POSITION = Integer.MAX_VALUE - 1;

    private Cursor() {
    }

    public static String encode(int position) {
        return encode("", position);
    }

    /** The cursor of a position in a list ordered by {@code order} ("" for the list's default order). */
    public static String encode(String order, int position) {
        String text = PREFIX + (order.isEmpty() ? "" : order + ":") + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static int decode(String argument, String cursor) {
        return decode(argument, cursor, "");
    }

    /**
     * The position a cursor stands for. Only a cursor this service could have handed out is taken: the exact text
     * {@link #encode} makes (so no padding, sign, leading zero or non-ASCII digit slips through), of a position whose
     * next one still counts. Anything else is BAD_USER_INPUT on {@code argument}. A cursor past the end of the list is
     * well formed: its page is empty.
     */
    public static int decode(String argument, String cursor, String order) {
        String text = null;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not base64: refused below
        }
        String made = null;
        if (text != null && text.startsWith(PREFIX)) {
            int colon = text.lastIndexOf(':');
            made = colon < PREFIX.length() ? "" : text.substring(PREFIX.length(), colon);
            text = PREFIX + text.substring(Math.max(colon + 1, PREFIX.length()));
        }
        if (made != null && digits(text.substring(PREFIX.length()))) {
            String number = text.substring(PREFIX.length());
            long position = number.length() > 10 ? Long.MAX_VALUE : Long.parseLong(number);
            if (position > MAX_POSITION) {
                throw new BadUserInputException(argument, "'" + cursor + "' points past the longest list this "
                        + "service pages through (" + MAX_POSITION + " items): pass a cursor of an earlier page");
            }
            if (encode(made, (int) position).equals(cursor)) {
                if (!made.equals(order)) {
                    throw new BadUserInputException(argument, "'" + cursor + "' is a cursor of this list in another "
                            + "order (" + words(made) + "), not of " + words(order) + ": page with the same "
                            + "orderBy, or leave '" + argument + "' out to start at the top");
                }
                return (int) position;
            }
        }
        throw new BadUserInputException(argument, "'" + cursor + "' is not a cursor of this service: pass the "
                + "cursor or pageInfo.endCursor of an earlier page, or leave '" + argument + "' out to start at the top");
    }

    private static String words(String order) {
        return order.isEmpty() ? "the default order" : order.replace('.', ',');
    }

    /** ASCII digits only, at least one: no sign, no other script's digits. */
    private static boolean digits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
