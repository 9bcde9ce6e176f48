package db.migration;

import org.bamboograph.search.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Indexes for search what a database already holds when it reaches schema version 10 (imports included). */
public class V10_2__Search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SearchIndex.rebuild(context.getConnection());
    }
}
