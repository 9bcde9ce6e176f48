/** graphql-java and SmallRye wiring: the syntax check before SmallRye, the lean instrumentation, property and batch fetchers, strict scalars, and the rewriting of every GraphQL error into a coded one (CodedErrors). */
package org.bamboograph.engine;
