package org.bamboograph.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bamboograph.historian.ImportException;
import org.bamboograph.historian.ImportProblem;
import org.bamboograph.historian.ImportSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * What a running historian import tells: a message per file written, then its end. {@code historian/HistorianImport}
 * calls it as it goes; the import itself is logged as one change of the change log, told to subscribers of
 * {@code recordChanged} once committed.
 */
@ApplicationScoped
public class ImportFeed {

    @Inject
    ChangeFeed changes;

    @ConfigProperty(name = "bamboo.live.buffer", defaultValue = "256")
    int buffer;

    private final BroadcastProcessor<ImportProgress> processor = BroadcastProcessor.create();
    private volatile int filesTotal;

    void stop(@Observes ShutdownEvent event) {
        processor.onComplete();
    }

    Multi<ImportProgress> progress() {
        return processor.onOverflow().buffer(buffer);
    }

    /** The import will write {@code files} files. */
    public void writing(int files) {
        filesTotal = files;
    }

    /** A file was written, {@code done} of them so far. */
    public void fileWritten(String file, int done, ImportSummary summary) {
        ImportProgress progress = ImportProgress.of(ImportStage.RUNNING, summary);
        progress.file = file;
        progress.filesDone = done;
        progress.filesTotal = filesTotal;
        processor.onNext(progress);
    }

    /** Logs the import as one change, inside its transaction, just before it commits. */
    public void committing(Connection connection, ImportSummary summary) throws SQLException {
        ChangeLog.imported(connection, summary);
    }

    /** The import committed. */
    public void committed(ImportSummary summary) {
        changes.poke();
        ImportProgress progress = ImportProgress.of(ImportStage.SUCCEEDED, summary);
        progress.filesDone = filesTotal;
        progress.filesTotal = filesTotal;
        progress.summary = summary;
        processor.onNext(progress);
    }

    /** The import was refused or failed, and rolled back. */
    public void refused(RuntimeException failure) {
        ImportProgress progress = ImportProgress.of(ImportStage.REFUSED, new ImportSummary());
        progress.filesTotal = filesTotal;
        if (failure instanceof ImportException refusal) {
            List<ImportProblem> problems = refusal.problems();
            progress.problems = problems.stream().limit(100).map(ImportProblem::toString).toList();
            progress.problemCount = problems.size();
        } else {
            progress.problems = List.of("the import failed in the database; nothing was written");
            progress.problemCount = 1;
        }
        processor.onNext(progress);
    }
}
