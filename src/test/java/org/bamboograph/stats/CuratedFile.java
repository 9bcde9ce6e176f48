package org.bamboograph.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The curated data file read by the tests themselves, for counts made without the service. */
final class CuratedFile {

    static final JsonNode ROOT = read();

    private CuratedFile() {
    }

    private static JsonNode read() {
        try (InputStream in = CuratedFile.class.getResourceAsStream("/data/bamboo-graph.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(String name) {
        List<JsonNode> records = new ArrayList<>();
        ROOT.path(name).forEach(records::add);
        return records;
    }

    /** The year a record counts in: its date's first four digits; null when undated. */
    static Integer year(JsonNode record) {
        JsonNode date = record.get("date");
        return date == null || date.isNull() ? null : Integer.valueOf(date.asText().substring(0, 4));
    }

    static Map<String, String> leaderStates() {
        Map<String, String> states = new HashMap<>();
        ROOT.path("leaders").forEach(l -> states.put(l.path("id").asText(), l.path("state").asText()));
        return states;
    }

    static List<String> texts(JsonNode record, String field) {
        List<String> values = new ArrayList<>();
        record.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
