package org.bamboograph.value;

/**
 * Where a row came from, as every table's {@code origin} column stores it. Each writer owns the rows of its origin:
 * the curated loader replaces and removes only curated rows, the importer merges into rows that are not its own, and
 * an editor's rows are left alone by both.
 */
public enum Origin {
    /** The curated data file, applied by Flyway whenever it changes. */
    CURATED("curated"),
    /** The Office of the Historian's datasets, written by the import command. */
    HISTORIAN("historian"),
    /** An editor's write through the GraphQL mutations. */
    EDITOR("editor");

    private final String column;

    Origin(String column) {
        this.column = column;
    }

    /** The value of the origin column. */
    public String column() {
        return column;
    }

    /** The value as an SQL literal, for statements that write or compare it as a constant. */
    public String literal() {
        return "'" + column + "'";
    }
}
