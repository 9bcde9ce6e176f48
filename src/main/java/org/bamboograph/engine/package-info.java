/** graphql-java and SmallRye wiring: the syntax check before SmallRye, the lean instrumentation, property and batch fetchers, strict scalars. */
package org.bamboograph.engine;
