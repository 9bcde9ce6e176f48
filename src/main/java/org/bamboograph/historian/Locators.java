package org.bamboograph.historian;

import java.nio.file.Path;

/**
 * Where an imported fact stands in its file, by one rule for the command line and the mutation alike:
 * {@code <parent folder>/<file>, record <id>} ("president-travels/obama-barack.xml, record 123"). Never a path of the
 * importing machine: the same file imported from two places gives the same locator.
 */
public final class Locators {

    private Locators() {
    }

    /** The file as the graph names it: its folder's name and its own. */
    public static String fileName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    /**
     * The record's locator. A record its file gave an id used before ({@code 3820~2}, see {@link RecordVersions}) is
     * named as the file names it, with which of the records of that id it is: "record 3820 (the 2nd with that id)".
     */
    public static String of(String fileName, String recordId) {
        // An id another traveller's file has too is told apart by its file, which the locator names anyway.
        int taken = recordId == null ? -1 : recordId.lastIndexOf(RecordVersions.TAKEN);
        if (taken > 0) {
            recordId = recordId.substring(0, taken);
        }
        int reused = recordId == null ? -1 : recordId.lastIndexOf(RecordVersions.REUSED);
        if (reused > 0) {
            return fileName + ", record " + recordId.substring(0, reused) + " (the "
                    + ordinal(recordId.substring(reused + 1)) + " with that id)";
        }
        return fileName + ", record " + recordId;
    }

    private static String ordinal(String n) {
        String suffix = n.endsWith("1") && !n.endsWith("11") ? "st" : n.endsWith("2") && !n.endsWith("12") ? "nd"
                : n.endsWith("3") && !n.endsWith("13") ? "rd" : "th";
        return n + suffix;
    }

    /** A locator written before the rule, in the rule's form; other locators unchanged. */
    public static String relative(String locator) {
        if (locator == null) {
            return null;
        }
        for (String marker : new String[] { ", record ", ", president " }) {
            int at = locator.lastIndexOf(marker);
            if (at > 0) {
                return of(relativeFile(locator.substring(0, at)), locator.substring(at + marker.length()));
            }
        }
        return locator;
    }

    /** The last two segments of a file path written before the rule. */
    public static String relativeFile(String path) {
        if (path == null) {
            return null;
        }
        String[] parts = path.replace('\\', '/').split("/+");
        int n = parts.length;
        return n >= 2 && !parts[n - 2].isEmpty() && !parts[n - 2].equals(".") ? parts[n - 2] + "/" + parts[n - 1]
                : parts[n - 1];
    }
}
