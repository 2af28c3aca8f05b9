package cn.sh.pilot.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The site's database from the command line, by the same JDBC URLs the app takes ({@code PILOT_DB_URL}): the embedded
 * H2 file of a data directory ({@code jdbc:h2:file:<data>/db/pilot}) or PostgreSQL. Connections come from the driver
 * each time (a command reads; no pool needed).
 */
final class Databases {

    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;]+)/db/pilot(?:;.*)?$");

    private Databases() {
    }

    static DataSource open(String url, String user, String password) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public Connection getConnection(String u, String p) throws SQLException {
                return DriverManager.getConnection(url, u, p);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
                // DriverManager's own
            }

            @Override
            public void setLoginTimeout(int seconds) {
                DriverManager.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() {
                return DriverManager.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    /** The data directory an embedded H2 URL of the app names ({@code <data>/db/pilot}), if it is one. */
    static Optional<Path> dataDirOf(String url) {
        Matcher m = H2_FILE.matcher(url);
        return m.matches() ? Optional.of(Path.of(m.group(1))) : Optional.empty();
    }
}
