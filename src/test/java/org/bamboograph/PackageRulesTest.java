package org.bamboograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows between the packages, read from the sources: which package a file names (imports and fully qualified
 * names). Domain values stand alone; the shared plumbing depends on no domain package; no cycle runs through the
 * writes or the plumbing. Domain packages may refer to each other where the graph does.
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bamboograph");
    /** What every domain package builds on; none of it may know a domain package. */
    private static final Set<String> PLUMBING = Set.of("value", "entity", "error", "paging", "query", "limit",
            "engine", "security", "http", "config", "load");
    /** Cycles the plumbing still has, each with its reason; a new one fails. */
    private static final Set<Set<String>> KNOWN_CYCLES = Set.of();
    private static final Pattern NAMED = Pattern.compile("\\borg\\.bamboograph\\.([a-z]+)\\.[A-Z]");
    private static final Pattern FOREIGN_TO_VALUES = Pattern.compile(
            "^import (static )?(graphql\\.|io\\.smallrye\\.graphql|org\\.eclipse\\.microprofile\\.graphql|jakarta\\."
                    + "|javax\\.|org\\.hibernate|io\\.quarkus|org\\.bamboograph\\.(?!value\\.)).*$", Pattern.MULTILINE);

    @Test
    void valuesImportNoFrameworkAndNoOtherPackage() {
        List<String> offending = new ArrayList<>();
        for (Path file : files("value")) {
            Matcher m = FOREIGN_TO_VALUES.matcher(read(file));
            while (m.find()) {
                offending.add(file.getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), offending, "value/ must stand alone");
    }

    @Test
    void plumbingKnowsNoDomainPackage() {
        List<String> offending = new ArrayList<>();
        arrows().forEach((from, targets) -> {
            if (PLUMBING.contains(from)) {
                targets.forEach((to, where) -> {
                    if (!PLUMBING.contains(to)) {
                        offending.add(from + " -> " + to + " (" + where + ")");
                    }
                });
            }
        });
        assertEquals(List.of(), offending, "shared plumbing must not depend on a domain package");
    }

    @Test
    void noCycleThroughWritesOrPlumbing() {
        List<String> offending = new ArrayList<>();
        List<Set<String>> cycles = cycles(arrows());
        for (Set<String> known : KNOWN_CYCLES) {
            assertTrue(cycles.contains(known), known + " is no cycle any more: drop it from KNOWN_CYCLES");
        }
        for (Set<String> cycle : cycles) {
            boolean throughShared = cycle.contains("write") || cycle.stream().anyMatch(PLUMBING::contains);
            if (throughShared && !KNOWN_CYCLES.contains(cycle)) {
                offending.add(cycle.toString());
            }
        }
        assertEquals(List.of(), offending, "package cycles through write/ or the plumbing");
    }

    @Test
    void theRulesSeeTheArrows() {
        // The reading itself: a known arrow is found, so an empty list of offences means something.
        Map<String, Map<String, String>> arrows = arrows();
        assertTrue(arrows.getOrDefault("visit", Map.of()).containsKey("write"), "visit -> write: " + arrows.get("visit"));
        assertTrue(cycles(Map.of("a", Map.of("b", ""), "b", Map.of("a", ""), "c", Map.of("a", "")))
                .contains(Set.of("a", "b")));
    }

    /** For each package, the packages its files name, each with one file that does. */
    private static Map<String, Map<String, String>> arrows() {
        Map<String, Map<String, String>> arrows = new TreeMap<>();
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path file : all.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dir = SOURCES.relativize(file).getParent();
                String from = dir == null ? "" : dir.toString().replace('/', '.');
                Matcher m = NAMED.matcher(read(file).replaceFirst("(?m)^package .*$", ""));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        arrows.computeIfAbsent(from, k -> new TreeMap<>())
                                .putIfAbsent(m.group(1), file.getFileName().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return arrows;
    }

    /** The strongly connected groups of more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Map<String, String>> arrows) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String node : new TreeSet<>(arrows.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, arrows, index, low, stack, groups);
            }
        }
        return groups;
    }

    private static void connect(String node, Map<String, Map<String, String>> arrows,
            Map<String, Integer> index, Map<String, Integer> low, List<String> stack, List<Set<String>> groups) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.add(node);
        for (String next : arrows.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, arrows, index, low, stack, groups);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.remove(stack.size() - 1);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                groups.add(group);
            }
        }
    }

    private static List<Path> files(String pkg) {
        try (Stream<Path> all = Files.list(SOURCES.resolve(pkg))) {
            return all.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
