package db.migration;

import org.bamboograph.historian.OlderImports;
import org.bamboograph.search.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rows earlier imports wrote under rules that kept one person two Leaders where the publisher writes his initials two
 * ways ("George H.W. Bush", "George H. W. Bush"), and one term twice where an older list of presidents still has it
 * open: made what today's import makes of the same records, by the importer's own repair. Leaders may merge, so the
 * search index is built again.
 */
public class V16__Initials_and_terms_once extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        OlderImports.repair(context.getConnection());
        SearchIndex.rebuild(context.getConnection());
    }
}
