/** Domain values — partial dates, spans, date ranges, folded names, state codes — free of GraphQL, JPA and HTTP, so the importer, the curated loader and the writes use them as the resolvers do. */
package org.bamboograph.value;
