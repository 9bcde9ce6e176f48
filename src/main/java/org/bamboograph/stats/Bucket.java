package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("The span of one row of balance: a calendar year, or a decade (1990–1999).")
public enum Bucket {
    YEAR, DECADE
}
