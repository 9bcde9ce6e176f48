package org.bamboograph.live;

import java.util.List;

import org.bamboograph.historian.ImportSummary;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How far a running import has come, file by file, and how it ended.")
public class ImportProgress {

    @NonNull
    public ImportStage stage;

    @Description("The file just written, as <parent folder>/<file>; null at the end.")
    public String file;

    @NonNull
    @Description("Files written so far (files unchanged since their import are skipped whole and not counted here).")
    public int filesDone;

    @NonNull
    @Description("Files the import writes.")
    public int filesTotal;

    @NonNull
    @Description("Records read so far, unchanged files' included.")
    public int recordsRead;

    @NonNull
    @Description("Visits made so far, one for each person a record names.")
    public int created;

    @NonNull
    @Description("Visits updated so far.")
    public int updated;

    @NonNull
    @Description("Visits merged into a curated visit so far.")
    public int merged;

    @Description("What the import did, once it SUCCEEDED; null before.")
    public ImportSummary summary;

    @NonNull
    @Description("Why the import was REFUSED: file:line: problem, the first 100; empty otherwise.")
    public List<@NonNull String> problems = List.of();

    @NonNull
    @Description("How many problems refused the import, all of them counted; 0 otherwise.")
    public int problemCount;

    static ImportProgress of(ImportStage stage, ImportSummary summary) {
        ImportProgress progress = new ImportProgress();
        progress.stage = stage;
        progress.recordsRead = summary.recordsRead;
        progress.created = summary.created;
        progress.updated = summary.updated;
        progress.merged = summary.merged;
        return progress;
    }
}
