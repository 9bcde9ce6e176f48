package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("What events are grouped by: the year or decade their span starts in, each state involved (once per "
        + "state), the kind.")
public enum EventGroup {
    YEAR, DECADE, STATE, KIND
}
