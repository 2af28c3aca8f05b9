package cn.sh.pilot.app.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's configuration, read once from MicroProfile Config; environment variables
 * ({@code PILOT_SITE_ROLE}, {@code PILOT_SITE_CODE}, …) are a config source, so nothing needs a rebuild.
 * Database settings are resolved by {@link DatabaseSettings}, which the data source also uses before CDI starts.
 */
@ApplicationScoped
public class SiteConfig {

    private SiteRole siteRole;
    private String siteCode;
    private Path dataDir;
    private int httpPort;
    private Optional<String> adminPassword;
    private DatabaseSettings database;

    protected SiteConfig() {
        // for CDI proxies
    }

    @Inject
    public SiteConfig(@ConfigProperty(name = "PILOT_SITE_ROLE", defaultValue = "MUNICIPAL") String siteRole,
                      @ConfigProperty(name = "PILOT_SITE_CODE", defaultValue = "310000") String siteCode,
                      @ConfigProperty(name = "PILOT_DATA_DIR", defaultValue = "./data") String dataDir,
                      @ConfigProperty(name = "PILOT_HTTP_PORT", defaultValue = "8080") int httpPort,
                      @ConfigProperty(name = "PILOT_ADMIN_PASSWORD") Optional<String> adminPassword) {
        this.siteRole = SiteRole.valueOf(siteRole.trim().toUpperCase(java.util.Locale.ROOT));
        this.siteCode = siteCode.trim();
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.httpPort = httpPort;
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
        this.database = DatabaseSettings.fromEnvironment();
    }

    public SiteRole siteRole() {
        return siteRole;
    }

    public String siteCode() {
        return siteCode;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The first administrator's password, if the operator chose one; otherwise one is generated. */
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    public DatabaseSettings database() {
        return database;
    }
}
