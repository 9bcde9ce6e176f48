package org.bamboograph.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.Union;

/** Any record of the graph, as a change carries it: each entity type is a member of this union. */
@Union
@Name("GraphRecord")
@Description("A record of the graph: a State, Leader, Visit, Agreement, Statement, Event or Source. Select its "
        + "fields with inline fragments (`... on Visit { date }`).")
public interface GraphRecord {
}
