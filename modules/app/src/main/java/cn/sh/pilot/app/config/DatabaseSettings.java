package cn.sh.pilot.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the database is: {@code PILOT_DB_URL} / {@code PILOT_DB_USER} / {@code PILOT_DB_PASSWORD}, from the
 * environment or, failing that, from system properties of the same name; without a URL, an embedded H2 file
 * database in {@code <PILOT_DATA_DIR>/db/}. Plain Java so that the data source can resolve it while Payara
 * creates the connection pool, before MicroProfile Config is available.
 */
public record DatabaseSettings(String url, String user, String password) {

    public enum Kind { H2, POSTGRESQL }

    public static DatabaseSettings fromEnvironment() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static DatabaseSettings resolve(Map<String, String> env, Properties system) {
        String url = setting("PILOT_DB_URL", env, system);
        String user = setting("PILOT_DB_USER", env, system);
        String password = setting("PILOT_DB_PASSWORD", env, system);
        if (url == null) {
            String dataDir = setting("PILOT_DATA_DIR", env, system);
            Path db = Path.of(dataDir == null ? "./data" : dataDir).toAbsolutePath().normalize().resolve("db").resolve("pilot");
            // WRITE_DELAY=0: a commit is written before it returns, so a killed process loses no committed transaction
            url = "jdbc:h2:file:" + db + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
            if (user == null) {
                user = "sa";
            }
        }
        return new DatabaseSettings(url, user, password == null ? "" : password);
    }

    private static String setting(String name, Map<String, String> env, Properties system) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = system.getProperty(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Kind kind() {
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalStateException("PILOT_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, not " + redactedUrl());
    }

    /** The URL without a password parameter, for logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + "]";
    }
}
