package org.bamboograph.source;

/** The kinds of record a citation can support. */
public enum Subject {
    STATE, LEADER, OFFICE, VISIT, AGREEMENT, STATEMENT, EVENT
}
