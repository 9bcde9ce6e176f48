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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** One import at a time: two would race to create the same leaders. */
    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    AgroalDataSource dataSource;

    /** Rows per JDBC batch; 1 writes row by row (the benchmark's baseline for the batched import). */
    @ConfigProperty(name = "bamboo.import.batch-size", defaultValue = "500")
    int batchSize;

    public ImportSummary importPaths(List<Path> paths, Consumer<String> progress) {
        return importPaths(paths, progress, batchSize);
    }

    /** As {@link #importPaths(List, Consumer)}, sending rows in JDBC batches of {@code rowsPerBatch}. */
    ImportSummary importPaths(List<Path> paths, Consumer<String> progress, int rowsPerBatch) {
        long started = System.nanoTime();
        List<HistorianParser.ParsedFile> parsed = new ArrayList<>();
        StateMap states = StateMap.load();
        for (Path file : files(paths)) {
            HistorianParser.ParsedFile content = HistorianParser.parse(file, file.toString());
            for (HistorianRecord record : content.records()) {
                if (states.resolve(record.slug(), record.country()) == null) {
                    throw new ImportException(record.file(), record.line(), "country id '" + record.slug() + "' ("
                            + record.country() + ") has no state code in " + StateMap.RESOURCE);
                }
            }
            parsed.add(content);
            progress.accept(String.format("read %s: %d %s", file, content.records().isEmpty()
                    ? content.presidents().size() : content.records().size(),
                    content.records().isEmpty() ? "presidents" : "records"));
        }
        lock.lock();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                GraphWriter writer = new GraphWriter(connection, states, Math.max(1, rowsPerBatch));
                for (HistorianParser.ParsedFile file : parsed) {
                    for (PresidentRecord president : file.presidents()) {
                        writer.president(president);
                    }
                }
                for (HistorianParser.ParsedFile file : parsed) {
                    for (HistorianRecord record : file.records()) {
                        writer.record(record);
                    }
                }
                writer.flush();
                org.bamboograph.http.DataVersion.bump(connection);
                connection.commit();
                ImportSummary summary = writer.summary();
                summary.files = parsed.size();
                summary.millis = (System.nanoTime() - started) / 1_000_000;
                progress.accept(summary.line());
                LOG.infof("Historian import: %s", summary.line());
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import failed in the database, nothing was written: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
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
                throw new ImportException(path.toString(), 0, "no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new ImportException(String.valueOf(paths), 0, "holds no .xml files");
        }
        return files;
    }

    static String checksum(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
