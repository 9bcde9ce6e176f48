package db.migration;

import org.bamboograph.curated.CuratedGraph;
import org.bamboograph.search.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Applies the curated data file as an upsert by record id. Flyway runs it again whenever the file's checksum changes,
 * and only then, so a second start with the same file changes nothing; Flyway's lock on its history table keeps two
 * instances starting together from applying it twice at once.
 */
public class R__Curated_data extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return CuratedGraph.checksum();
    }

    @Override
    public void migrate(Context context) throws Exception {
        CuratedGraph.read().applyTo(context.getConnection());
        // The curated records changed: search must find what they now say.
        SearchIndex.rebuild(context.getConnection());
    }
}
