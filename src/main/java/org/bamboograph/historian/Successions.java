package org.bamboograph.historian;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which states came out of which ({@value #RESOURCE}), followed through every step: Yugoslavia to Serbia and
 * Montenegro to Serbia. Used to keep one person one Leader across a succession of the state they led.
 */
final class Successions {

    static final String RESOURCE = "data/state-successions.csv";

    private final Map<String, Set<String>> successors = new HashMap<>();
    private final String table;

    private Successions(String table) {
        this.table = table;
    }

    static Successions load(StateMap states) {
        String table = StateMap.read(RESOURCE);
        Successions map = new Successions(table);
        int number = 0;
        for (String line : table.split("\n")) {
            number++;
            if (number == 1 || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split(",");
            if (cells.length != 2) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected predecessor,successors");
            }
            for (String code : (cells[0] + " " + cells[1]).split(" ")) {
                if (states.byCode(code) == null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": unknown state code " + code);
                }
            }
            map.successors.computeIfAbsent(cells[0], k -> new HashSet<>()).addAll(Set.of(cells[1].split(" ")));
        }
        return map;
    }

    /** Whether {@code later} came out of {@code earlier}, directly or through other states. */
    boolean succeeds(String later, String earlier) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(successors.getOrDefault(earlier, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(later)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(successors.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    /** One state, or one of them came out of the other. */
    boolean linked(String a, String b) {
        return a.equals(b) || succeeds(a, b) || succeeds(b, a);
    }

    String table() {
        return table;
    }
}
