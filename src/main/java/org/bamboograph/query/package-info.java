/** Query helpers the readers share: the HQL builder, fixed-shape batch statements, DataLoader batching, read-ahead of what a request selects, and the GraphQL-facing date arguments. */
package org.bamboograph.query;
