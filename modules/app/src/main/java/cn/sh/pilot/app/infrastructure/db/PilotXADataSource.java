package cn.sh.pilot.app.infrastructure.db;

import cn.sh.pilot.app.config.DatabaseSettings;

import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The class Payara's connection pool instantiates for {@code java:app/jdbc/pilot}. Its class name is fixed at
 * build time (Payara needs it before MicroProfile Config is up), but the database it reaches is chosen when the
 * pool opens its first connection, from {@link DatabaseSettings}: an embedded H2 file database by default,
 * PostgreSQL when {@code PILOT_DB_URL=jdbc:postgresql://…}. XA, so JPA can share transactions with batch jobs
 * and other resources.
 */
public class PilotXADataSource implements XADataSource, DataSource {

    private static final Logger LOG = Logger.getLogger(PilotXADataSource.class.getName());

    private volatile XADataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private XADataSource delegate() throws SQLException {
        XADataSource d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = create(DatabaseSettings.fromEnvironment());
                    delegate = d;
                }
            }
        }
        return d;
    }

    static XADataSource create(DatabaseSettings settings) throws SQLException {
        LOG.info(() -> "Pilot database: " + settings);
        switch (settings.kind()) {
            case H2 -> {
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user() == null ? "" : settings.user());
                h2.setPassword(settings.password());
                return h2;
            }
            case POSTGRESQL -> {
                org.postgresql.xa.PGXADataSource pg = new org.postgresql.xa.PGXADataSource();
                pg.setUrl(settings.url());
                if (settings.user() != null) {
                    pg.setUser(settings.user());
                }
                if (!settings.password().isEmpty()) {
                    pg.setPassword(settings.password());
                }
                return pg;
            }
            default -> throw new SQLException("unsupported database " + settings.redactedUrl());
        }
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return delegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return delegate().getXAConnection(user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ((DataSource) delegate()).getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return ((DataSource) delegate()).getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
