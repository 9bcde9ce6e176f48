package org.bamboograph.historian;

/**
 * What decides how a record becomes rows besides the record itself: the state table, the succession table, the name
 * rules and the writer's own. Its {@link #version} is folded into every file's and record's checksum, so that files
 * imported under other rules are not skipped on a re-import and their rows are written anew.
 */
record Rules(StateMap states, Successions successions, String version) {

    /** Bump when the writer turns the same record into other rows (offices, sources, locators, a visit's guest state). */
    static final String WRITER = "writer-7";

    private static volatile Rules loaded;

    static Rules get() {
        Rules rules = loaded;
        if (rules == null) {
            StateMap states = StateMap.load();
            Successions successions = Successions.load(states);
            String version = HistorianImport.checksum(WRITER, org.bamboograph.value.NameKey.RULES, states.table(),
                    successions.table(), states.codes());
            rules = new Rules(states, successions, version);
            loaded = rules;
        }
        return rules;
    }
}
