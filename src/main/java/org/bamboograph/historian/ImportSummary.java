package org.bamboograph.historian;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("What an import of historian files did.")
public class ImportSummary {

    @Description("Files read.")
    public int files;
    @Description("Records read from those files (visits and trips; presidents.xml entries not counted). A record left "
            + "out is listed under refused instead, and one that repeats another record of the import (in a copy of its "
            + "file, or the same trip under another id) is counted once.")
    public int recordsRead;
    @Description("Visits made. This and the counts below are visits, one for each person a record names: a "
            + "record of two leaders travelling together makes two.")
    public int created;
    @Description("Visits of records already imported whose content changed, updated.")
    public int updated;
    @Description("Visits of records already imported and unchanged: nothing to do (a file unchanged since its "
            + "import is skipped whole, its visits counted here).")
    public int skipped;
    @Description("Visits merged into a curated visit of the same trip rather than made visits of their own.")
    public int merged;
    @Description("Leaders created.")
    public int leadersCreated;
    @Description("States created.")
    public int statesCreated;
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Records (or whole files) left out because they could not be imported, each with its problem; "
            + "only an import with skipInvalid: true leaves any out, any other refuses the whole import instead.")
    public List<@org.eclipse.microprofile.graphql.NonNull ImportProblem> refused = List.of();
    /** An {@code int}, so that the schema serves a GraphQL {@code Int}: an import would need 24 days to overflow it. */
    @Description("Wall-clock time of the import, in milliseconds.")
    public int millis;

    /** One line for logs and the command line. */
    public String line() {
        return String.format("%d files, %d records read: %d created, %d updated, %d skipped (unchanged), %d merged into "
                + "curated visits; %d leaders and %d states created; %s%.2f s (%.0f records/s)", files, recordsRead,
                created, updated, skipped, merged, leadersCreated, statesCreated,
                refused.isEmpty() ? "" : refused.size() + " refused; ", millis / 1000.0,
                millis == 0 ? 0.0 : recordsRead * 1000.0 / millis);
    }
}
