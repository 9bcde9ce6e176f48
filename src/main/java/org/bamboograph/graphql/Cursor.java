package org.bamboograph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: the position of an item in its list, encoded so that clients treat it as a token.
 * A cursor stays meaningful as long as the list it came from is not changed between pages.
 */
public final class Cursor {

    private static final String PREFIX = "bg1:";

    private Cursor() {
    }

    public static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; anything this service did not hand out is BAD_USER_INPUT on {@code argument}. */
    public static int decode(String argument, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadUserInputException(argument, "'" + cursor + "' is not a cursor of this service: pass the "
                + "cursor or pageInfo.endCursor of an earlier page, or leave '" + argument + "' out to start at the top");
    }
}
