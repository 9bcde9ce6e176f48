package org.bamboograph.historian;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.bamboograph.value.NameKey;

/**
 * Reads the historian XML formats with the JDK's streaming parser, one record at a time, and checks each record as
 * it goes: the id, the start date, the visitor or name and the country are required, dates must be real dates;
 * a start date given empty ({@code <start-date/>}) makes an undated record. Bookkeeping elements (created-by, last-modified-datetime …) are not required and may be empty.
 */
public final class HistorianParser {

    /**
     * What one file holds: records of visits or trips, or the list of presidents, and the problems of the records
     * that could not be read. A file that is not well-formed XML holds no records and one problem.
     */
    public record ParsedFile(String file, List<HistorianRecord> records, List<PresidentRecord> presidents,
            List<ImportProblem> problems) {
    }

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z._-]{1,20}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]*");

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        // Plain data files: no DTDs, no external entities.
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private HistorianParser() {
    }

    public static ParsedFile parse(Path path, String name) {
        try {
            return parse(Files.readAllBytes(path), name);
        } catch (IOException e) {
            return broken(name, 0, "cannot be read");
        }
    }

    /** Reads a file's content; {@code name} is how problems and locators name the file. */
    public static ParsedFile parse(byte[] content, String name) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return read(xml, name);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            return broken(name, line, "not well-formed XML: " + cleanMessage(e));
        } catch (ImportException e) {
            return new ParsedFile(name, List.of(), List.of(), e.problems());
        } catch (IOException e) {
            return broken(name, 0, "cannot be read");
        }
    }

    private static ParsedFile broken(String name, int line, String problem) {
        return new ParsedFile(name, List.of(), List.of(), List.of(new ImportProblem(name, line, null, problem)));
    }

    private static ParsedFile read(XMLStreamReader xml, String name) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // skip the prolog
        }
        if (!xml.isStartElement()) {
            throw new ImportException(name, xml.getLocation().getLineNumber(), "has no root element");
        }
        String root = xml.getLocalName();
        List<HistorianRecord> records = new ArrayList<>();
        List<PresidentRecord> presidents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String item = switch (root) {
            case "visits" -> "visit";
            case "trips" -> "trip";
            case "presidents" -> "president";
            default -> throw new ImportException(name, xml.getLocation().getLineNumber(),
                    "root element <" + root + "> is none of <visits>, <trips>, <presidents>");
        };
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals(item)) {
                    skip(xml);
                    continue;
                }
                int line = xml.getLocation().getLineNumber();
                String role = xml.getAttributeValue(null, "role");
                Map<String, String> fields = new HashMap<>();
                Map<String, String> ids = new HashMap<>();
                readFields(xml, fields, ids);
                try {
                    switch (item) {
                        case "visit" -> records.add(visit(fields, ids, name, line));
                        case "trip" -> records.add(trip(fields, ids, role, name, line));
                        default -> presidents.add(president(fields, name, line));
                    }
                } catch (ImportException e) {
                    String id = fields.get("id");
                    problems.add(new ImportProblem(name, line, id == null || id.isBlank() ? null : id.strip(),
                            e.problems().get(0).problem));
                }
            }
        }
        return new ParsedFile(name, records, presidents, problems);
    }

    /** Collects the text of each child element of a record, inline markup such as {@code <em>} flattened to text. */
    private static void readFields(XMLStreamReader xml, Map<String, String> fields, Map<String, String> ids)
            throws XMLStreamException {
        int depth = 1;
        String field = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    field = xml.getLocalName();
                    text.setLength(0);
                    String id = xml.getAttributeValue(null, "id");
                    if (id != null) {
                        ids.put(field, id);
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (depth >= 2) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && field != null) {
                    fields.put(field, NameKey.singleSpaces(text.toString()).strip());
                }
                depth--;
            }
        }
    }

    private static HistorianRecord visit(Map<String, String> f, Map<String, String> ids, String file, int line) {
        String id = required(f, "id", file, line);
        checkId(id, file, line);
        LocalDate start = startDate(f, file, line);
        LocalDate end = endDate(f, start, file, line);
        String visitor = required(f, "visitor", file, line);
        String slug = requiredId(ids, f, "from", file, line);
        return new HistorianRecord("visits", id, file, line, visitor, slug, f.get("from"), start, end, null,
                blankToNull(f.get("description")));
    }

    private static HistorianRecord trip(Map<String, String> f, Map<String, String> ids, String role, String file,
            int line) {
        String id = required(f, "id", file, line);
        checkId(id, file, line);
        String tripRole = role != null && !role.isBlank() ? role : f.get("role");
        if (tripRole == null || tripRole.isBlank() || !ROLE.matcher(tripRole).matches()) {
            throw new ImportException(file, line, "trip " + id + " has no usable role (president, secretary …)");
        }
        LocalDate start = startDate(f, file, line);
        LocalDate end = endDate(f, start, file, line);
        String name = required(f, "name", file, line);
        String slug = requiredId(ids, f, "country", file, line);
        return new HistorianRecord("travels-" + tripRole, id, file, line, name, slug, f.get("country"), start, end,
                blankToNull(f.get("locale")), blankToNull(f.get("remarks")));
    }

    private static PresidentRecord president(Map<String, String> f, String file, int line) {
        String id = required(f, "id", file, line);
        String name = required(f, "name", file, line);
        String took = f.get("took-office-date");
        String left = f.get("left-office-date");
        return new PresidentRecord(id, name,
                took == null || took.isBlank() ? null : date(took, "took-office-date", file, line),
                left == null || left.isBlank() ? null : date(left, "left-office-date", file, line), file);
    }

    /**
     * The record's first day; null for a record that gives its {@code <start-date>} empty. The publisher ships undated
     * trips so (Edward R. Stettinius's ten of 1945): the trip is on record, its days are not, and none is made up.
     * A record without the element at all is not of the publisher's format.
     */
    private static LocalDate startDate(Map<String, String> f, String file, int line) {
        if (!f.containsKey("start-date")) {
            throw new ImportException(file, line, "record lacks <start-date>");
        }
        String text = f.get("start-date");
        return text.isBlank() ? null : date(text, "start-date", file, line);
    }

    private static LocalDate endDate(Map<String, String> f, LocalDate start, String file, int line) {
        String text = f.get("end-date");
        if (text == null || text.isBlank()) {
            return null;
        }
        if (start == null) {
            throw new ImportException(file, line, "<end-date> '" + text + "' is given but <start-date> is empty");
        }
        LocalDate end = date(text, "end-date", file, line);
        if (end.isBefore(start)) {
            throw new ImportException(file, line, "end-date " + end + " is before start-date " + start);
        }
        return end;
    }

    private static String required(Map<String, String> f, String field, String file, int line) {
        String value = f.get(field);
        if (value == null || value.isBlank()) {
            throw new ImportException(file, line, "record lacks <" + field + ">");
        }
        return value;
    }

    private static String requiredId(Map<String, String> ids, Map<String, String> f, String field, String file,
            int line) {
        required(f, field, file, line);
        String id = ids.get(field);
        if (id == null || id.isBlank()) {
            throw new ImportException(file, line, "<" + field + "> lacks its id attribute (the country slug)");
        }
        return id.strip();
    }

    private static void checkId(String id, String file, int line) {
        if (!ID.matcher(id).matches()) {
            throw new ImportException(file, line, "record id '" + id + "' is not an id");
        }
    }

    private static LocalDate date(String text, String field, String file, int line) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ImportException(file, line, "<" + field + "> '" + text + "' is not a real date (YYYY-MM-DD)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "parse error" : e.getMessage();
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }
}
