package org.bamboograph.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error meant for the client: its message is shown as it is and its code (plus any further extension fields)
 * lands in the error's {@code extensions}.
 */
public class CodedException extends RuntimeException {

    private final String code;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public CodedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public CodedException with(String key, Object value) {
        extensions.put(key, value);
        return this;
    }

    /** The extension fields, code first. */
    public Map<String, Object> extensions() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("code", code);
        all.putAll(extensions);
        return all;
    }
}
