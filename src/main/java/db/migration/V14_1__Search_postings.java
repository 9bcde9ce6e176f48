package db.migration;

import org.bamboograph.search.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the graph again on H2, whose index of the words V14 replaced (posting lists instead of a row per term and
 * text). PostgreSQL's index is its own and did not change: nothing to do there.
 */
public class V14_1__Search_postings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!SearchIndex.postgres(context.getConnection())) {
            SearchIndex.rebuild(context.getConnection());
        }
    }
}
