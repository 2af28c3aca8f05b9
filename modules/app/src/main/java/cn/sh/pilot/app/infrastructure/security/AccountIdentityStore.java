package cn.sh.pilot.app.infrastructure.security;

import cn.sh.pilot.app.application.Passwords;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.stream.Collectors;

/** Validates console logins against {@code app_user} (PBKDF2 hashes); the groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = passwords.check(login.getCaller(), login.getPasswordAsString());
        return account.map(a -> new CredentialValidationResult(a.username(),
                        a.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
