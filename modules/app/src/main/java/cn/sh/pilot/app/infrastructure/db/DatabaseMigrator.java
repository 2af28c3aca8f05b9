package cn.sh.pilot.app.infrastructure.db;

import cn.sh.pilot.app.config.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Declares the application's data source and brings its schema up to date with Flyway
 * ({@code classpath:db/migration}, the same scripts for H2 and PostgreSQL) when the application starts,
 * before any other startup bean touches the database (they declare {@code @DependsOn("DatabaseMigrator")}).
 * Several instances starting together are safe: Flyway locks its history table.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/pilot",
        className = "cn.sh.pilot.app.infrastructure.db.PilotXADataSource",
        transactional = true,
        initialPoolSize = 1,
        minPoolSize = 1,
        maxPoolSize = 24,
        maxIdleTime = 300)
@Singleton(name = "DatabaseMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/pilot")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        LOG.info(() -> "Migrating " + DatabaseSettings.fromEnvironment());
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** Whether the schema is current; the readiness check reports it. */
    public boolean migrated() {
        return migrated;
    }
}
