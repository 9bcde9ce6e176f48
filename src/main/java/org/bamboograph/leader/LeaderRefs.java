package org.bamboograph.leader;

import java.util.ArrayList;
import java.util.List;

import org.bamboograph.error.BadUserInputException;

/** Leader ids a write refers to, checked against the leaders there are; a bad one is named by its input field. */
public final class LeaderRefs {

    private LeaderRefs() {
    }

    public static String id(String field, String id) {
        if (id == null || Leader.findById(id) == null) {
            throw BadUserInputException.field(field, field + ": there is no leader with id '" + id + "'");
        }
        return id;
    }

    /** Distinct existing leader ids, in the order given; a bad one is named by its index ("speakers[1]"). */
    public static List<String> ids(String field, List<String> ids) {
        List<String> known = new ArrayList<>();
        List<String> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            String id = id(field + "[" + i + "]", given.get(i));
            if (!known.contains(id)) {
                known.add(id);
            }
        }
        return known;
    }
}
