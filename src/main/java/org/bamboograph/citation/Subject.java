package org.bamboograph.citation;

/** The kinds of record a citation can support. */
public enum Subject {
    STATE, LEADER, OFFICE, VISIT, AGREEMENT, STATEMENT, EVENT
}
