package db.migration;

import org.bamboograph.search.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for search what a database already holds when it reaches schema version 10 (imports included). On H2 the
 * index of the words this version made was replaced at V14, whose V14_1 indexes the graph: nothing to do here.
 */
public class V10_2__Search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (SearchIndex.postgres(context.getConnection())) {
            SearchIndex.rebuild(context.getConnection());
        }
    }
}
