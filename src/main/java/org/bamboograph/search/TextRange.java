package org.bamboograph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a matched word stands in a snippet. */
@Description("A matched word in the snippet: offsets in UTF-16 code units (as JavaScript strings count), end exclusive.")
public record TextRange(@NonNull int start, @NonNull int end) {
}
