package db.migration;

import org.bamboograph.historian.OlderImports;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rows older versions of the importer wrote, made what today's import makes of the same records: one Leader across a
 * state succession and a nickname, offices once, states named by today's table. The work is the importer's own code
 * ({@link OlderImports}), so the rules cannot drift apart.
 */
public class V8__One_leader_one_office extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        OlderImports.repair(context.getConnection());
    }
}
