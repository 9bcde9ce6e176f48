package org.bamboograph.state;

import java.util.ArrayList;
import java.util.List;

import org.bamboograph.error.BadUserInputException;
import org.bamboograph.value.StateCode;

/** State codes a write refers to, checked against the states there are; a bad one is named by its input field. */
public final class StateRefs {

    private StateRefs() {
    }

    /** The code as stored (upper case), refused if no state has it. */
    public static String code(String field, String code) {
        String normalized = StateCode.normalize(code);
        if (normalized == null || State.findById(normalized) == null) {
            throw BadUserInputException.field(field, field + ": there is no state with code '" + code + "'");
        }
        return normalized;
    }

    /** Distinct existing state codes, in the order given; a bad one is named by its index ("parties[1]"). */
    public static List<String> codes(String field, List<String> codes) {
        List<String> known = new ArrayList<>();
        List<String> given = codes == null ? List.of() : codes;
        for (int i = 0; i < given.size(); i++) {
            String code = code(field + "[" + i + "]", given.get(i));
            if (!known.contains(code)) {
                known.add(code);
            }
        }
        return known;
    }
}
