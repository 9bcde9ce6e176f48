package org.bamboograph.historian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A record, or a whole file, that an import could not take, and why.")
public class ImportProblem {

    @NonNull
    @Description("The file, as <parent folder>/<file>.")
    public final String file;
    @Description("The line the record starts on (or where the file stops being readable); null where none applies.")
    public final Integer line;
    @Description("The record's id, where it has one; null for a problem of the whole file.")
    public final String recordId;
    @NonNull
    @Description("What is wrong.")
    public final String problem;

    public ImportProblem(String file, int line, String recordId, String problem) {
        this.file = file;
        this.line = line > 0 ? line : null;
        this.recordId = recordId;
        this.problem = problem;
    }

    /** {@code file:line: problem}, as the command line prints it. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + problem;
    }
}
