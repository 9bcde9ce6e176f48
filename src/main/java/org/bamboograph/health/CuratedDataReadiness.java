package org.bamboograph.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bamboograph.value.Origin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Ready means the graph can be served: every migration applied successfully, the curated data among them, and its
 * records in the database. Quarkus adds its own check that the database answers.
 */
@Readiness
@ApplicationScoped
public class CuratedDataReadiness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("curated data");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement migrations = connection.prepareStatement(
                        // Flyway names its table and columns in lower case, quoted where the database folds to upper.
                        "select count(*), sum(case when \"success\" then 0 else 1 end), "
                                + "sum(case when \"description\" = 'Curated data' and \"success\" then 1 else 0 end) "
                                + "from \"flyway_schema_history\"");
                PreparedStatement records = connection.prepareStatement(
                        "select count(*) from citation where origin = " + Origin.CURATED.literal());
                ResultSet m = migrations.executeQuery();
                ResultSet r = records.executeQuery()) {
            m.next();
            r.next();
            long applied = m.getLong(1);
            long failed = m.getLong(2);
            long curated = m.getLong(3);
            long citations = r.getLong(1);
            return response.status(failed == 0 && curated > 0 && citations > 0)
                    .withData("migrations", applied).withData("failedMigrations", failed)
                    .withData("curatedCitations", citations).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
