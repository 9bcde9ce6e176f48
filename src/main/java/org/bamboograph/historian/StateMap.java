package org.bamboograph.historian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bamboograph.state.StateKind;

/**
 * Maps the historian files' country slugs to the state codes of the graph ({@value #RESOURCE}). The mapping is on
 * slug and name together: the files file Soviet records under "russia" with the name "U.S.S.R.", and Taiwan under
 * "china" as "China, Republic of". A row with an empty file_name is the slug's default.
 */
public final class StateMap {

    public static final String RESOURCE = "data/historian-states.csv";

    /** A state the graph knows a slug as. */
    public record Entry(String code, String name, StateKind kind) {
    }

    private final Map<String, Entry> bySlug = new HashMap<>();
    private final Map<String, Entry> bySlugAndName = new HashMap<>();

    private StateMap() {
    }

    public static StateMap load() {
        StateMap map = new StateMap();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals("slug,file_name,code,name,kind")) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() != 5) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 5 fields, found " + cells.size());
                }
                Entry entry = new Entry(cells.get(2), cells.get(3), StateKind.valueOf(cells.get(4)));
                if (cells.get(1).isEmpty()) {
                    map.bySlug.put(cells.get(0), entry);
                } else {
                    map.bySlugAndName.put(cells.get(0) + "|" + cells.get(1), entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** The state a record's country is, or null if the slug is not mapped. */
    public Entry resolve(String slug, String name) {
        Entry exact = name == null ? null : bySlugAndName.get(slug + "|" + name.strip());
        return exact != null ? exact : bySlug.get(slug);
    }

    /** Splits one CSV line (RFC 4180 quoting). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
