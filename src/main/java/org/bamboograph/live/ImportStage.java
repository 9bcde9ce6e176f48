package org.bamboograph.live;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a running import stands.")
public enum ImportStage {
    @Description("Files checked and being written; more messages follow.")
    RUNNING,
    @Description("The import committed: 'summary' says what it did. The last message of the import.")
    SUCCEEDED,
    @Description("The import was refused and nothing of it kept: 'problems' says why. The last message of the import.")
    REFUSED
}
