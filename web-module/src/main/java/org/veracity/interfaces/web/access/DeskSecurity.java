package org.veracity.interfaces.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login for the desk (DESIGN §1 roles); the REST API authenticates bearer tokens separately. */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/desk/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"MODERATOR", "SPECIALIST", "FACT_CHECKER", "POLICY_LEAD", "ADMIN", "PARTNER_ADMIN"})
@ApplicationScoped
public class DeskSecurity {
}
