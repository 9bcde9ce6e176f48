package org.bamboograph.write;

/**
 * A record written through {@link Writes}, announced inside the write's transaction so that what follows writes
 * (the subscriptions' change log) needs no arrow from write/ to it. {@code action} as the audit log says it
 * ("created", "deleted", anything else an update), {@code type} the record's type name ("Visit"), {@code by} the
 * token's name or null.
 */
public record RecordWritten(String action, String type, String id, String by) {
}
