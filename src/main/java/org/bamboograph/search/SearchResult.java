package org.bamboograph.search;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/**
 * The records a search hit can be. SmallRye resolves a union's member by the exact class of the object, so only
 * loaded entities, never Hibernate proxies, may be handed out as one ({@link Search} unproxies them).
 */
@Union
@Description("A record found by search: a Visit, Agreement, Statement, Event, Leader or State.")
public interface SearchResult {
}
