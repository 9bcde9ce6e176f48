package org.bamboograph.historian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bamboograph.search.SearchIndex;
import org.bamboograph.search.SearchType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Imports Office of the Historian files ({@code <visits>}, {@code <trips>}, {@code presidents.xml}) into the graph.
 * Every file is parsed and checked before anything is written, and all of it is written in one transaction with
 * batched statements, so a bad file leaves the database as it was and a good import takes seconds. Records are keyed
 * by dataset and record id: importing the same files again changes nothing, an updated file updates its records.
 */
@ApplicationScoped
public class HistorianImport {

    private static final Logger LOG = Logger.getLogger(HistorianImport.class);

    /**
     * Where an import's time goes, phase by phase, in the debug log (the benchmark reads it): wall time, and the
     * importing thread's CPU time, which a busy machine does not inflate (parsing runs on other threads as well).
     */
    private static final class Phases {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private long last = System.nanoTime();
        private long lastCpu = THREADS.getCurrentThreadCpuTime();

        void done(String phase) {
            long now = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            LOG.debugf("import phase %s: %d ms (%d ms CPU)", phase, (now - last) / 1_000_000,
                    (cpu - lastCpu) / 1_000_000);
            last = now;
            lastCpu = cpu;
        }
    }

    /** One import at a time: two would race to create the same leaders. */
    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.bamboograph.live.ImportFeed live;

    /** Rows per JDBC batch; 1 writes row by row (the benchmark's baseline for the batched import). */
    @ConfigProperty(name = "bamboo.import.batch-size", defaultValue = "500")
    int batchSize;

    /**
     * The import command's H2 write delay in ms: H2 serialises and writes changed pages on a thread of its own while
     * the import runs (0: on the importing thread, as the server's commits).
     */
    @ConfigProperty(name = "bamboo.import.h2-write-delay", defaultValue = "500")
    int h2WriteDelay;

    public ImportSummary importPaths(List<Path> paths, Consumer<String> progress) {
        return importPaths(paths, progress, false, batchSize);
    }

    /**
     * Imports the files and folders named. With {@code skipInvalid} false, any problem refuses the whole import
     * ({@link ImportException}, every problem of every file); with it true, what can be imported is, and the summary's
     * {@code refused} lists each record (or file) left out.
     */
    public ImportSummary importPaths(List<Path> paths, Consumer<String> progress, boolean skipInvalid) {
        return importPaths(paths, progress, skipInvalid, batchSize);
    }

    /**
     * The import command's: as {@link #importPaths(List, Consumer, boolean)}, with the database this process's alone
     * (the server stopped), which lets H2 write in the background; the import is on the disk when this returns
     * ({@link ImportWrites}).
     */
    public ImportSummary importAlone(List<Path> paths, Consumer<String> progress, boolean skipInvalid) {
        return importPaths(paths, progress, skipInvalid, batchSize, true);
    }

    /** As {@link #importPaths(List, Consumer, boolean)}, sending rows in JDBC batches of {@code rowsPerBatch}. */
    ImportSummary importPaths(List<Path> paths, Consumer<String> progress, int rowsPerBatch) {
        return importPaths(paths, progress, false, rowsPerBatch);
    }

    ImportSummary importPaths(List<Path> paths, Consumer<String> progress, boolean skipInvalid, int rowsPerBatch) {
        return importPaths(paths, progress, skipInvalid, rowsPerBatch, false);
    }

    private ImportSummary importPaths(List<Path> paths, Consumer<String> progress, boolean skipInvalid,
            int rowsPerBatch, boolean alone) {
        long started = System.nanoTime();
        Phases phases = new Phases();
        List<Path> files = files(paths);
        Rules rules = Rules.get();
        lock.lock();
        try (Connection connection = dataSource.getConnection(); ImportCache cache = ImportCache.widen(connection);
                ImportWrites writes = alone ? ImportWrites.forCommand(connection, h2WriteDelay)
                        : ImportWrites.unchanged(connection)) {
            return importInto(connection, files, rules, progress, skipInvalid, rowsPerBatch, started, phases, live,
                    writes);
        } catch (SQLException e) {
            LOG.error("Historian import failed in the database", e);
            throw new IllegalStateException("import failed in the database, nothing was written", e);
        } finally {
            lock.unlock();
        }
    }

    /** Imports the files over one connection of the caller's, in one transaction of its own, telling no subscriber. */
    static ImportSummary importInto(Connection connection, List<Path> paths, boolean skipInvalid) throws SQLException {
        return importInto(connection, files(paths), Rules.get(), line -> {
        }, skipInvalid, 500, System.nanoTime(), new Phases(), null, ImportWrites.unchanged(connection));
    }

    private static ImportSummary importInto(Connection connection, List<Path> files, Rules rules,
            Consumer<String> progress, boolean skipInvalid, int rowsPerBatch, long started, Phases phases,
            org.bamboograph.live.ImportFeed live, ImportWrites writes) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            phases.done("start");
            ImportFiles known = ImportFiles.read(connection);
            phases.done("known files");
            List<ImportFiles.Content> contents = ImportFiles.contents(files, rules.version());
            phases.done("checksums");
            ImportSummary summary = new ImportSummary();
            List<HistorianParser.ParsedFile> parsed = new ArrayList<>();
            List<ImportFiles.Content> toRead = new ArrayList<>();
            java.util.Set<String> sharedNames = RecordVersions.sharedNames(contents);
            List<ImportFiles.Content> unchanged = new ArrayList<>();
            for (ImportFiles.Content content : contents) {
                ImportFiles.Done done = known.done(content.checksum());
                if (done != null && !sharedNames.contains(content.name())) {
                    unchanged.add(content);
                } else {
                    toRead.add(content);
                }
            }
            List<Read> read = parsed(toRead, rules);
            // An unchanged file whose records a file read now gives again is read too, so that the two versions are
            // compared as they were when stored, and the one read now cannot overwrite the other's unseen.
            java.util.Set<String> again = RecordVersions.storedFrom(connection, read.stream().map(Read::file).toList(),
                    unchanged.stream().map(ImportFiles.Content::name).collect(java.util.stream.Collectors.toSet()));
            if (!again.isEmpty()) {
                List<ImportFiles.Content> all = new ArrayList<>();
                for (ImportFiles.Content content : contents) {
                    if (toRead.contains(content) || again.contains(content.name()) && unchanged.contains(content)) {
                        all.add(content);
                    }
                }
                List<ImportFiles.Content> extra = all.stream().filter(c -> !toRead.contains(c)).toList();
                Map<ImportFiles.Content, Read> byContent = new java.util.IdentityHashMap<>();
                for (int i = 0; i < toRead.size(); i++) {
                    byContent.put(toRead.get(i), read.get(i));
                }
                List<Read> extraRead = parsed(extra, rules);
                for (int i = 0; i < extra.size(); i++) {
                    byContent.put(extra.get(i), extraRead.get(i));
                }
                unchanged.removeAll(extra);
                toRead.clear();
                toRead.addAll(all);
                read = all.stream().map(byContent::get).toList();
            }
            for (ImportFiles.Content content : unchanged) {
                ImportFiles.Done done = known.done(content.checksum());
                summary.recordsRead += done.records();
                summary.skipped += done.personVisits();
                progress.accept(String.format("unchanged %s: %d records, skipped", content.name(), done.records()));
            }
            if (live != null) {
                live.writing(toRead.size());
            }
            phases.done("parse");
            RecordVersions.Checked checkedVersions = RecordVersions.oneEach(read.stream().map(Read::file).toList(),
                    rules.states());
            List<HistorianParser.ParsedFile> versions = checkedVersions.files();
            List<ImportProblem> problems = new ArrayList<>();
            for (int r = 0; r < read.size(); r++) {
                Read one = read.get(r);
                HistorianParser.ParsedFile file = versions.get(r);
                problems.addAll(file.problems());
                parsed.add(file);
                // A list of presidents counts presidents; any other file, records (none, when all were refused).
                boolean presidents = file.records().isEmpty() && !file.presidents().isEmpty();
                int count = presidents ? file.presidents().size() : file.records().size();
                progress.accept(String.format("read %s: %d %s%s (%.0f records/s)", file.file(), count,
                        presidents ? "presidents" : "records",
                        file.problems().isEmpty() ? "" : ", " + file.problems().size() + " refused",
                        one.nanos() == 0 ? 0.0 : count * 1e9 / one.nanos()));
            }
            if (!problems.isEmpty() && !skipInvalid) {
                throw new ImportException(problems);
            }
            // Nothing to read (every file unchanged): no need to load what the graph holds.
            Map<SearchType, Set<String>> touched = Map.of();
            if (!parsed.isEmpty()) {
                GraphWriter writer = new GraphWriter(connection, rules.states(), rules.successions(), rules.version(),
                        Math.max(1, rowsPerBatch), summary);
                phases.done("graph read");
                for (PresidentRecord president : Terms.endedFirst(parsed)) {
                    writer.president(president);
                }
                List<RecordVersions.Spelling> spellings = new ArrayList<>(checkedVersions.spellings());
                for (int i = 0; i < parsed.size(); i++) {
                    HistorianParser.ParsedFile file = parsed.get(i);
                    int before = summary.created + summary.updated + summary.skipped + summary.merged;
                    for (HistorianRecord record : file.records()) {
                        writer.record(record);
                    }
                    // A name the file's trips have under another spelling is known before a later file uses it.
                    for (java.util.Iterator<RecordVersions.Spelling> it = spellings.iterator(); it.hasNext();) {
                        RecordVersions.Spelling spelling = it.next();
                        if (spelling.kept().file().equals(file.file())) {
                            writer.spelling(spelling.kept(), spelling.other());
                            it.remove();
                        }
                    }
                    if (file.problems().isEmpty()) {
                        known.add(toRead.get(i), file.records().size(),
                                summary.created + summary.updated + summary.skipped + summary.merged - before);
                    }
                    if (live != null) {
                        live.fileWritten(file.file(), i + 1, summary);
                    }
                }
                for (RecordVersions.Spelling spelling : spellings) {
                    writer.spelling(spelling.kept(), spelling.other());
                }
                phases.done("records");
                writer.flush();
                touched = writer.touched();
            }
            phases.done("rows written");
            known.write(connection);
            if (!parsed.isEmpty()) {
                org.bamboograph.http.DataVersion.bump(connection);
                // Only what the import touched is indexed again: a small import costs the index little.
                SearchIndex.refresh(connection, touched);
                phases.done("search index");
                if (live != null) {
                    live.committing(connection, summary);
                }
            }
            connection.commit();
            phases.done("commit");
            writes.durable();
            phases.done("on disk");
            summary.files = files.size();
            summary.refused = problems;
            summary.millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
            progress.accept(summary.line());
            LOG.infof("Historian import: %s", summary.line());
            if (live != null) {
                live.committed(summary);
            }
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            if (live != null) {
                live.refused(e instanceof RuntimeException failure ? failure : null);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A file as parsed, and how long its parse took. */
    private record Read(HistorianParser.ParsedFile file, long nanos) {
    }

    /** The files parsed, in their order. Parsing is most of an import's work and each file is on its own: spread it. */
    private static List<Read> parsed(List<ImportFiles.Content> contents, Rules rules) {
        return contents.parallelStream().map(c -> {
            long start = System.nanoTime();
            HistorianParser.ParsedFile file = checked(HistorianParser.parse(c.bytes(), c.name()), rules.states());
            return new Read(file, System.nanoTime() - start);
        }).toList();
    }

    /** The file with the records whose country maps to no state moved to its problems. */
    private static HistorianParser.ParsedFile checked(HistorianParser.ParsedFile file, StateMap states) {
        List<HistorianRecord> good = new ArrayList<>(file.records().size());
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        for (HistorianRecord record : file.records()) {
            if (states.resolve(record.slug(), record.country()) == null) {
                problems.add(new ImportProblem(record.file(), record.line(), record.recordId(), "country id '"
                        + record.slug() + "' (" + record.country() + ") names no state: neither ISO 3166-1 nor "
                        + "the importer's table of former and other states knows it"));
            } else {
                good.add(record);
            }
        }
        if (problems.size() > 1) {
            problems.sort(java.util.Comparator.comparing(p -> p.line == null ? 0 : p.line));
        }
        return new HistorianParser.ParsedFile(file.file(), good, file.presidents(), problems);
    }

    /** The XML files named, folders walked for *.xml, in a stable order. */
    static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ImportException(Locators.fileName(path), 0, "no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new ImportException(paths.isEmpty() ? "" : Locators.fileName(paths.get(0)), 0,
                    "holds no .xml files");
        }
        return files;
    }

    /** One digest per thread, reused: each record's checksum would otherwise look the algorithm up again. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static String checksum(Object... parts) {
        MessageDigest digest = SHA_256.get();
        for (Object part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
