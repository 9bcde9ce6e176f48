package org.bamboograph.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many records of one type an import or curated load wrote (created, updated or merged).")
public class TypeCount {

    @NonNull
    public RecordType type;

    @NonNull
    public int count;

    TypeCount(RecordType type, int count) {
        this.type = type;
        this.count = count;
    }
}
