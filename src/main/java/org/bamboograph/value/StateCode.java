package org.bamboograph.value;

import java.util.Locale;

/** State codes (VNM, USA, EU …) are stored upper case; arguments are accepted in any case and with stray spaces. */
public final class StateCode {

    private StateCode() {
    }

    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
