package org.bamboograph.stats;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** What every group of a grouped count shares: its key values, its count, and the grouping it came from. */
public abstract class Stat {

    @Ignore
    Grouping grouping;

    @Ignore
    List<Object> key;

    int count;

    @NonNull
    @Description("How many records the group holds; a record in several groups (an agreement under each of its "
            + "parties) counts in each.")
    public int getCount() {
        return count;
    }
}
