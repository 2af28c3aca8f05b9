package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The authenticated caller of this request, read once from the database. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserAccountRepository users;

    private Optional<UserAccount> account;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : users.byUsername(principal.getName()).filter(UserAccount::enabled);
        }
        return account;
    }

    public boolean authenticated() {
        return account().isPresent();
    }

    public String username() {
        return account().map(UserAccount::username).orElse("anonymous");
    }

    public Set<Role> roles() {
        return account().map(UserAccount::roles).orElse(EnumSet.noneOf(Role.class));
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public String recommenderCode() {
        return account().map(UserAccount::recommenderCode).orElse(null);
    }
}
