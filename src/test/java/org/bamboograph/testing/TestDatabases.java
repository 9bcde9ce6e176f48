package org.bamboograph.testing;

/**
 * The database a test profile of its own uses. By default an in-memory H2 database of that name; when the suite runs
 * against PostgreSQL (BAMBOO_TEST_JDBC_URL set), a database beside the main test database, named after it plus the
 * suffix: the PostgreSQL stage of CI creates them.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * Skips the calling test where H2 is not on the class path: the PostgreSQL flavour is built without it, and tests
     * of H2's own settings have nothing to test there.
     */
    public static void assumeH2(String what) {
        try {
            Class.forName("org.h2.Driver");
        } catch (ClassNotFoundException e) {
            org.junit.jupiter.api.Assumptions.abort(what + ": the embedded H2 flavour only");
        }
    }

    public static String url(String name) {
        String base = System.getenv("BAMBOO_TEST_JDBC_URL");
        if (base == null || base.isBlank()) {
            base = System.getProperty("bamboo.test.jdbc-url");
        }
        if (base == null || base.isBlank() || base.startsWith("jdbc:h2:")) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        int query = base.indexOf('?');
        String path = query < 0 ? base : base.substring(0, query);
        String params = query < 0 ? "" : base.substring(query);
        return path + "_" + name.replace('-', '_') + params;
    }
}
