package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

/** The page frame: who is logged in, which navigation entries they get, the site, and logging out. */
@Named
@RequestScoped
public class Shell {

    @Inject
    CurrentUser currentUser;
    @Inject
    SiteConfig site;

    public boolean isLoggedIn() {
        return currentUser.authenticated();
    }

    public String getDisplayName() {
        return currentUser.account().map(UserAccount::displayName).orElse("");
    }

    public String getUsername() {
        return currentUser.username();
    }

    public String getRoleKeys() {
        return currentUser.roles().stream().map(Role::name).collect(Collectors.joining(","));
    }

    public java.util.List<String> getRoles() {
        return currentUser.roles().stream().map(Role::name).toList();
    }

    public boolean isAdmin() {
        return currentUser.has(Role.ADMIN);
    }

    public boolean isMunicipalStaff() {
        return currentUser.roles().stream().anyMatch(Role.MUNICIPAL_STAFF::contains);
    }

    public boolean isRecommenderOperator() {
        return currentUser.has(Role.RECOMMENDER_OPERATOR);
    }

    public String getOwnRecommender() {
        return currentUser.recommenderCode();
    }

    public String getSiteRole() {
        return site.siteRole().name();
    }

    public String getSiteCode() {
        return site.siteCode();
    }

    public String logout() throws ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
