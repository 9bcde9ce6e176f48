package org.bamboograph.load;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.bamboograph.value.Origin;

/**
 * A table as the writers that bypass Hibernate see it: its name, its key column and the columns they may write. The
 * statements those writers run are built from it, so a column they name that the table lacks fails at once, and a new
 * column is declared in one place ({@link Tables}).
 */
public record Table(String name, String key, List<String> columns) {

    static Table of(String name, String key, String... columns) {
        return new Table(name, key, List.of(columns));
    }

    /** Refuses a column this description does not have: a writer out of step with the schema. */
    public void check(Collection<String> names) {
        for (String column : names) {
            if (!column.equals(key) && !columns.contains(column)) {
                throw new IllegalStateException("table " + name + " has no column " + column);
            }
        }
    }

    /** An insert of {@code names}, in that order, one parameter each. */
    public String insert(String... names) {
        check(List.of(names));
        return "insert into " + name + " (" + String.join(", ", names) + ") values (" + parameters(names.length) + ")";
    }

    /** As {@link #insert}, the row's origin written as a constant after the parameters. */
    public String insert(Origin origin, String... names) {
        check(List.of(names));
        return "insert into " + name + " (" + String.join(", ", names) + ", origin) values ("
                + parameters(names.length) + ", " + origin.literal() + ")";
    }

    /** As {@link #insert(Origin, String...)}, the key column after {@code names}: the parameters of {@link #updateByKey}. */
    public String insertKeyLast(Origin origin, String... names) {
        String[] withKey = Arrays.copyOf(names, names.length + 1);
        withKey[names.length] = key;
        return insert(origin, withKey);
    }

    /** An update of {@code names} by key (the last parameter) that also counts the change in the row's version. */
    public String updateByKey(String... names) {
        check(List.of(names));
        StringBuilder set = new StringBuilder();
        for (String column : names) {
            set.append(column).append(" = ?, ");
        }
        return "update " + name + " set " + set + "version = version + 1 where " + key + " = ?";
    }

    /** A delete by key. */
    public String deleteByKey() {
        return "delete from " + name + " where " + key + " = ?";
    }

    static String parameters(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
