package org.bamboograph.curated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * Beside {@link ExcerptTest}, which holds that every excerpt stands in its article: each field a citation says it
 * supports is carried by the words of its excerpts where words can carry it ({@link SupportCheck}), and every stated
 * field with a value has a citation that supports it. Needs only the data file.
 */
class SupportTest {

    @Test
    void everySupportedFieldIsCarriedByItsExcerpts() {
        List<String> problems = SupportCheck.problems(CuratedGraph.read().root());
        assertTrue(problems.isEmpty(), problems.size() + " fields are not carried by their excerpts:\n"
                + String.join("\n", problems));
    }

    /** The check itself can fail: an excerpt cut short of the month, and a host cited by words that do not name him. */
    @Test
    void weakenedExcerptsAreCaught() {
        JsonNode root = CuratedGraph.read().root().deepCopy();
        JsonNode visit = null;
        for (JsonNode v : root.path("visits")) {
            if (v.path("date").asText().length() == 7 && v.hasNonNull("host")) {
                visit = v;
                break;
            }
        }
        assertTrue(visit != null, "the data file has no visit with a month date and a host to weaken");
        for (JsonNode citation : visit.path("sources")) {
            ObjectNode c = (ObjectNode) citation;
            String excerpt = c.get("excerpt").asText();
            for (String month : List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")) {
                excerpt = excerpt.replace(month, "");
            }
            c.put("excerpt", excerpt.replace("Nguyen Phu Trong", "the host").replace("Trong", "the host")
                    .replace("Xi Jinping", "the host").replace("Putin", "the host"));
        }
        String id = visit.get("id").asText();
        List<String> problems = SupportCheck.problems(root);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("visits." + id + ".date")), "weakened date not caught: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("visits." + id + ".host")), "weakened host not caught: " + problems);
    }

    /** A stated field that no citation supports is refused, as the loader refuses it. */
    @Test
    void unsupportedFieldIsCaught() {
        JsonNode root = CuratedGraph.read().root().deepCopy();
        ObjectNode agreement = (ObjectNode) root.path("agreements").get(0);
        agreement.path("sources").forEach(c -> ((com.fasterxml.jackson.databind.node.ArrayNode) c.get("supports"))
                .removeAll().add("visit"));
        List<String> problems = SupportCheck.problems(root);
        String id = agreement.get("id").asText();
        assertTrue(problems.contains("agreements." + id + ".parties has a value that no citation supports"),
                "unsupported parties not caught: " + problems);
    }
}
