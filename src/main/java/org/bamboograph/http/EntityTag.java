package org.bamboograph.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The strong ETag of a GET answer: a hash of everything the answer depends on. That is the data version, the request
 * (query, variables, operationName, extensions), the media type it is written in, the application's version (a new
 * release may answer differently) and the day (answers about "today", such as partnerships without {@code asOf},
 * move with it). Same inputs, same bytes: the tag is strong.
 */
public final class EntityTag {

    private EntityTag() {
    }

    static String of(long dataVersion, GetRequest request, String mediaType, String applicationVersion, LocalDate day) {
        return ofParts(Long.toString(dataVersion), request.query(), request.operationName(), request.variables(),
                request.extensions(), mediaType, applicationVersion, day.toString());
    }

    /** The tag of an answer that depends on exactly these parts (the data version among them). */
    public static String ofParts(String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : parts) {
            // Length-prefixed, so that no two different sets of parts hash the same bytes.
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            sha.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        byte[] digest = sha.digest();
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18)) + "\"";
    }

    /** Whether an {@code If-None-Match} header names this tag (weak comparison, as RFC 9110 asks), or is "*". */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
