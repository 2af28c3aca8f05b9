/**
 * The database: the XA data source that picks H2 or PostgreSQL from {@code PILOT_DB_URL} at run time,
 * its {@code @DataSourceDefinition}, and the Flyway migration that runs before anything else uses it.
 */
package cn.sh.pilot.app.infrastructure.db;
