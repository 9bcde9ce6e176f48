package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("What visits are grouped by: the year or decade their span starts in, the guest's state on the visit, "
        + "the host state, the guest.")
public enum VisitGroup {
    YEAR, DECADE, GUEST_STATE, HOST_STATE, GUEST
}
