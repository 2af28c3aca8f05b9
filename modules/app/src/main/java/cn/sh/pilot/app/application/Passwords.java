package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.PasswordHasher;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Hashing and checking console passwords; the identity store uses {@link #check}. */
@ApplicationScoped
public class Passwords {

    private final PasswordHasher hasher = new PasswordHasher();
    /** Checked when the user does not exist, so that answering takes as long as for a real user. */
    private final String decoy = hasher.hash("decoy-password-never-valid".toCharArray());

    @Inject
    UserAccountRepository users;

    public String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    /** The enabled account whose password this is, if any. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<UserAccount> check(String username, String password) {
        Optional<UserAccount> account = username == null ? Optional.empty()
                : users.byUsername(username.trim().toLowerCase(java.util.Locale.ROOT));
        boolean matches = hasher.verify(password.toCharArray(), account.map(UserAccount::passwordHash).orElse(decoy));
        return account.filter(a -> matches && a.enabled());
    }
}
