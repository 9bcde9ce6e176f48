package org.bamboograph.leader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leaders an ambiguous name fits, as an error extension: enough of each (id, name, state, offices) for a person
 * to tell them apart and ask again by id.
 */
final class Candidates {

    private Candidates() {
    }

    static List<Map<String, Object>> of(List<Leader> leaders) {
        Map<String, List<Map<String, Object>>> offices = new LinkedHashMap<>();
        List<String> ids = leaders.stream().map(l -> l.id).toList();
        for (Office office : Office.<Office>list("leaderId in ?1 order by leaderId, position", ids)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", office.title);
            entry.put("state", office.stateCode);
            entry.put("from", office.from);
            entry.put("to", office.to);
            offices.computeIfAbsent(office.leaderId, k -> new ArrayList<>()).add(entry);
        }
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Leader leader : leaders) {
            Map<String, Object> candidate = new LinkedHashMap<>();
            candidate.put("id", leader.id);
            candidate.put("name", leader.name);
            candidate.put("state", leader.stateCode);
            candidate.put("offices", offices.getOrDefault(leader.id, List.of()));
            candidates.add(candidate);
        }
        return candidates;
    }
}
