package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("What statements are grouped by: the year or decade of their date, each state they are about (once per "
        + "state), each speaking leader (once per leader; statements of no known leader form a group of their own).")
public enum StatementGroup {
    YEAR, DECADE, ABOUT, SPEAKER
}
