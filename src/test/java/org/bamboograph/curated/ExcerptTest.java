package org.bamboograph.curated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every excerpt and every quoted statement in the data file stands word for word in its article. The articles are the
 * publishers' texts and stay out of this repository: the test reads them from the shared folder beside it
 * (system property bamboo.shared.dir, default ../shared) and is skipped, saying so, where that folder is absent.
 */
class ExcerptTest {

    /** Where each source's text is, under the shared folder: a file name prefix in seeds/, or a dataset file. */
    private static final Map<String, String> SOURCE_FILES = Map.of("article-000", "seeds/000_", "article-003",
            "seeds/003_", "historian-travels-president", "data/historian/president-travels/presidents.xml");

    @Test
    void everyExcerptAndQuoteIsVerbatimInItsArticle() throws IOException {
        Path shared = Path.of(System.getProperty("bamboo.shared.dir", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("seeds")),
                "skipped: the seed articles are not at " + shared.resolve("seeds").toAbsolutePath()
                        + ", so excerpts cannot be checked");
        Map<String, String> articles = new HashMap<>();
        for (Map.Entry<String, String> entry : SOURCE_FILES.entrySet()) {
            Path named = shared.resolve(entry.getValue());
            if (Files.isRegularFile(named)) {
                articles.put(entry.getKey(), Files.readString(named, StandardCharsets.UTF_8));
                continue;
            }
            try (Stream<Path> files = Files.list(named.getParent())) {
                String prefix = named.getFileName().toString();
                Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                        .orElseThrow(() -> new AssertionError("no file " + named + "* for source " + entry.getKey()));
                articles.put(entry.getKey(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }

        JsonNode root = CuratedGraph.read().root();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String list : List.of("states", "leaders", "visits", "agreements", "statements", "events")) {
            for (JsonNode record : root.path(list)) {
                String id = record.has("id") ? record.get("id").asText() : record.path("code").asText();
                checked += checkCitations(record, list + "." + id, articles, missing);
                for (JsonNode office : record.path("offices")) {
                    checked += checkCitations(office, list + "." + id + ".offices", articles, missing);
                }
                for (JsonNode alias : record.path("aliases")) {
                    if (alias.hasNonNull("excerpt")) {
                        checked++;
                        check(alias.path("source").asText(), alias.get("excerpt").asText(), list + "." + id + ".aliases",
                                articles, missing);
                    }
                }
                if (list.equals("statements")) {
                    // The quote itself must stand in one of the articles the statement cites.
                    String text = record.get("text").asText();
                    boolean quoted = false;
                    for (JsonNode citation : record.path("sources")) {
                        quoted |= articles.getOrDefault(citation.path("source").asText(), "").contains(text);
                    }
                    checked++;
                    if (!quoted) {
                        missing.add(list + "." + id + ".text: «" + text + "» is in none of its cited articles");
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " excerpts found: is the data file complete?");
        assertTrue(missing.isEmpty(), missing.size() + " excerpts are not verbatim:\n" + String.join("\n", missing));
    }

    private static int checkCitations(JsonNode record, String where, Map<String, String> articles, List<String> missing) {
        int n = 0;
        for (JsonNode citation : record.path("sources")) {
            n++;
            check(citation.path("source").asText(), citation.path("excerpt").asText(), where, articles, missing);
        }
        if (n == 0) {
            missing.add(where + " cites nothing");
        }
        return n;
    }

    private static void check(String source, String excerpt, String where, Map<String, String> articles,
            List<String> missing) {
        String article = articles.get(source);
        if (article == null) {
            missing.add(where + ": unknown source " + source);
        } else if (excerpt.isBlank() || !article.contains(excerpt)) {
            missing.add(where + ": «" + excerpt + "» is not in " + source);
        }
    }
}
