package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.app.domain.security.AccessDeniedException;
import cn.sh.pilot.app.domain.security.PasswordPolicy;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountPolicy;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Administrators create accounts, assign roles and the recommender binding, disable and re-enable accounts and
 * reset passwords; every user changes their own language. Each change is audited (never with the hash).
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    public record AccountForm(String username, String displayName, Set<Role> roles, String recommenderCode) {
    }

    @Inject
    UserAccountRepository users;
    @Inject
    RecommenderRepository recommenders;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser currentUser;
    @Inject
    Passwords passwords;

    public UserAccount create(AccountForm form, String password) {
        requireAdmin();
        String username = normalise(form.username());
        String code = blankToNull(form.recommenderCode());
        check(username, form.roles(), code);
        PasswordPolicy.check(password).ifPresent(reason -> {
            throw new ChangeRefusedException(reason);
        });
        if (users.byUsername(username).isPresent()) {
            throw new ChangeRefusedException("username-taken");
        }
        UserAccount account = new UserAccount(username, displayNameOr(form.displayName(), username),
                passwords.hash(password), form.roles(), code, "zh", ShanghaiTime.now());
        users.add(account);
        audit.record("user.created", "user", username, null, account.snapshot());
        return account;
    }

    public UserAccount update(long id, AccountForm form) {
        requireAdmin();
        UserAccount account = users.byId(id).orElseThrow(() -> new ChangeRefusedException("no-such-user"));
        String code = blankToNull(form.recommenderCode());
        check(account.username(), form.roles(), code);
        boolean wasAdmin = account.enabled() && account.roles().contains(Role.ADMIN);
        boolean staysAdmin = account.enabled() && form.roles().contains(Role.ADMIN);
        UserAccountPolicy.checkAdminRemains(wasAdmin, staysAdmin, users.countEnabledAdminsOtherThan(id)).ifPresent(r -> {
            throw new ChangeRefusedException(r);
        });
        Map<String, Object> before = account.snapshot();
        account.rename(displayNameOr(form.displayName(), account.username()));
        account.setRoles(form.roles());
        account.bindTo(code);
        audit.record("user.updated", "user", account.username(), before, account.snapshot());
        return account;
    }

    public UserAccount setEnabled(long id, boolean enabled) {
        requireAdmin();
        UserAccount account = users.byId(id).orElseThrow(() -> new ChangeRefusedException("no-such-user"));
        boolean wasAdmin = account.enabled() && account.roles().contains(Role.ADMIN);
        boolean staysAdmin = enabled && account.roles().contains(Role.ADMIN);
        UserAccountPolicy.checkAdminRemains(wasAdmin, staysAdmin, users.countEnabledAdminsOtherThan(id)).ifPresent(r -> {
            throw new ChangeRefusedException(r);
        });
        Map<String, Object> before = account.snapshot();
        account.setEnabled(enabled);
        audit.record(enabled ? "user.enabled" : "user.disabled", "user", account.username(), before, account.snapshot());
        return account;
    }

    public void resetPassword(long id, String newPassword) {
        requireAdmin();
        UserAccount account = users.byId(id).orElseThrow(() -> new ChangeRefusedException("no-such-user"));
        PasswordPolicy.check(newPassword).ifPresent(reason -> {
            throw new ChangeRefusedException(reason);
        });
        account.changePassword(passwords.hash(newPassword), ShanghaiTime.now());
        audit.record("user.password-reset", "user", account.username(), null, Map.of("passwordChangedAt",
                account.passwordChangedAt().atZoneSameInstant(ShanghaiTime.ZONE).format(ShanghaiTime.DATE_TIME)));
    }

    /** The caller's own console language ({@code zh} or {@code en}), remembered on the account. */
    public void chooseLanguage(String language) {
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new ChangeRefusedException("unsupported-language");
        }
        currentUser.account().flatMap(a -> users.byId(a.id())).ifPresent(account -> {
            if (!language.equals(account.language())) {
                Map<String, Object> before = Map.of("language", account.language());
                account.chooseLanguage(language);
                audit.record("user.language-changed", "user", account.username(), before, Map.of("language", language));
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<UserAccount> byId(long id) {
        requireAdmin();
        return users.byId(id);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<UserAccount> page(UserAccountRepository.SortKey sort, boolean ascending, int first, int max) {
        requireAdmin();
        return users.page(Optional.empty(), sort, ascending, first, max);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long count() {
        requireAdmin();
        return users.count(Optional.empty());
    }

    private void check(String username, Set<Role> roles, String code) {
        boolean usable = code != null && recommenders.byCode(code).map(Recommender::usableForOperators).orElse(false);
        UserAccountPolicy.check(username, roles, code, usable).ifPresent(reason -> {
            throw new ChangeRefusedException(reason);
        });
    }

    private void requireAdmin() {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("admin-only", currentUser.username() + " is not an administrator");
        }
    }

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String displayNameOr(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : displayName.trim();
    }
}
