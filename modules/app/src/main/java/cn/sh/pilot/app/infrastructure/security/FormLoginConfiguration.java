package cn.sh.pilot.app.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login with the console's own Faces login page; protected pages redirect there and back.
 * Which paths need which role is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"RECOMMENDER_OPERATOR", "MUNICIPAL_OPERATOR", "EXPERT", "APPROVER", "ARCHIVIST", "ADMIN"})
@ApplicationScoped
public class FormLoginConfiguration {
}
