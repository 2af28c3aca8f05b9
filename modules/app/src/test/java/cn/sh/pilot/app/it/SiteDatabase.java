package cn.sh.pilot.app.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of a site started as a process by a test. A real deployment has one database per
 * site, so a test site gets one too: on the embedded default it is the H2 file in the site's data
 * directory; when the tests run on PostgreSQL ({@code PILOT_DB_URL} inherited from failsafe) each
 * data directory gets its own database beside the test database, named after it, created on first
 * use and kept for a restart on the same data directory. Without this, two sites (or two tests)
 * would share one recommender chain, one {@code admin} and one inbox ledger.
 *
 * <p>{@code .ci/run} drops the test database and every database named after it when it ends.
 */
public final class SiteDatabase {

    private static final Pattern POSTGRES = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private SiteDatabase() {
    }

    /** The settings that give a site process on {@code dataDir} its own database (empty on the embedded default). */
    public static Map<String, String> settingsFor(Path dataDir) {
        String url = System.getenv("PILOT_DB_URL");
        if (url == null || url.isBlank() || url.startsWith("jdbc:h2:")) {
            return Map.of();
        }
        Matcher m = POSTGRES.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("PILOT_DB_URL is neither H2 nor jdbc:postgresql://host/db: " + url);
        }
        String name = m.group(2) + "_" + shortHash(dataDir.toAbsolutePath().normalize().toString());
        String query = m.group(3) == null ? "" : m.group(3);
        create(url, name);
        return Map.of("PILOT_DB_URL", m.group(1) + name + query);
    }

    private static void create(String serverUrl, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl)) {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name); // name is [a-z0-9_] only, from the pattern and a hex hash
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the site database " + name + ": " + e.getMessage(), e);
        }
    }

    private static String shortHash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
