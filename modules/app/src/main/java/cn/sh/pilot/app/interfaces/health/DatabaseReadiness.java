package cn.sh.pilot.app.interfaces.health;

import cn.sh.pilot.app.config.DatabaseSettings;
import cn.sh.pilot.app.infrastructure.db.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Ready when the schema is migrated and the database answers a query against the audit chain head. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;
    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        var response = HealthCheckResponse.named("database").withData("kind", settings.kind().name());
        if (!migrator.migrated()) {
            return response.down().withData("reason", "schema not migrated").build();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_id FROM audit_chain_head WHERE id = 1")) {
            rs.next();
            return response.up().withData("auditEntries", rs.getLong(1)).build();
        } catch (Exception e) {
            return response.down().withData("reason", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
