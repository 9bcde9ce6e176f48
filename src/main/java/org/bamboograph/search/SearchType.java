package org.bamboograph.search;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of record a search can answer. Their names are also the subject types of table search_doc. */
@Description("The kinds of record search can answer.")
public enum SearchType {
    VISIT, AGREEMENT, STATEMENT, EVENT, LEADER, STATE;

    /** The kind named like a record type ("Visit"), or null for a type search does not answer ("Source"). */
    public static SearchType of(String recordType) {
        for (SearchType type : values()) {
            if (type.name().equalsIgnoreCase(recordType)) {
                return type;
            }
        }
        return null;
    }
}
