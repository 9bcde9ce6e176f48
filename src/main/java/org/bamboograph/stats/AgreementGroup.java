package org.bamboograph.stats;

import org.eclipse.microprofile.graphql.Description;

@Description("What agreements are grouped by: the year or decade of their date, each party (an agreement counts once "
        + "per party), each unordered pair of parties (once per pair), the kind.")
public enum AgreementGroup {
    YEAR, DECADE, PARTY, PARTY_PAIR, KIND
}
