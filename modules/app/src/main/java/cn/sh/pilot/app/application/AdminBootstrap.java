package cn.sh.pilot.app.application;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * On the first start (no account named {@code admin} yet) creates the administrator {@code admin}, with the
 * password from {@code PILOT_ADMIN_PASSWORD}, or a generated one printed once in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserAccountRepository users;
    @Inject
    Passwords passwords;
    @Inject
    AuditLog audit;
    @Inject
    SiteConfig config;

    @PostConstruct
    void createFirstAdministrator() {
        if (users.byUsername(ADMIN).isPresent()) {
            return;
        }
        boolean generated = config.adminPassword().isEmpty();
        String password = config.adminPassword().orElseGet(AdminBootstrap::generate);
        UserAccount admin = new UserAccount(ADMIN, "系统管理员", passwords.hash(password), EnumSet.of(Role.ADMIN), null, "zh",
                ShanghaiTime.now());
        users.add(admin);
        audit.recordAs("system", "user.created", "user", ADMIN, null, admin.snapshot());
        if (generated) {
            LOG.warning("\n==================================================================\n"
                    + " First start: administrator 'admin' created with password\n"
                    + "     " + password + "\n"
                    + " It is shown only this once. Log in and change it, or set PILOT_ADMIN_PASSWORD.\n"
                    + "==================================================================");
        } else {
            LOG.info("First start: administrator 'admin' created with the password from PILOT_ADMIN_PASSWORD");
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }
}
