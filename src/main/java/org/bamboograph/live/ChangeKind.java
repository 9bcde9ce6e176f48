package org.bamboograph.live;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened to the graph.")
public enum ChangeKind {
    @Description("A record was created.")
    CREATED,
    @Description("A record was changed: its fields, its citations or its links.")
    UPDATED,
    @Description("A record was deleted; the change names its type and id.")
    DELETED,
    @Description("An import or a load of the curated data file changed many records at once; the change counts them "
            + "by type instead of naming each.")
    IMPORT
}
