package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.UserAdministration;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Administration: create an account, or change one's roles, binding, state and password ({@code ?id=}). */
@Named
@ViewScoped
public class UserEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration administration;
    @Inject
    transient RecommenderAdministration recommenders;

    private Long id;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String recommenderCode;
    private String password;
    private String newPassword;
    private boolean enabled = true;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            UserAccount a = administration.byId(id).orElseThrow(() -> new ChangeRefusedException("no-such-user"));
            fill(a);
        }
    }

    private void fill(UserAccount a) {
        id = a.id();
        username = a.username();
        displayName = a.displayName();
        roles = a.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
        recommenderCode = a.recommenderCode();
        enabled = a.enabled();
    }

    public boolean isCreating() {
        return id == null;
    }

    public String save() {
        try {
            UserAdministration.AccountForm form = new UserAdministration.AccountForm(username, displayName, roleSet(), recommenderCode);
            if (id == null) {
                UserAccount created = administration.create(form, password);
                Texts.info("users.created", created.username());
            } else {
                UserAccount updated = administration.update(id, form);
                Texts.info("users.updated", updated.username());
            }
            return "/admin/users.xhtml?faces-redirect=true";
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    public String toggleEnabled() {
        try {
            fill(administration.setEnabled(id, !enabled));
            Texts.info(enabled ? "users.enabled" : "users.disabled", username);
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
        }
        return null;
    }

    public String resetPassword() {
        try {
            administration.resetPassword(id, newPassword);
            newPassword = null;
            Texts.info("users.password-reset", username);
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
        }
        return null;
    }

    private Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            set.add(Role.valueOf(r));
        }
        return set;
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<Recommender> getRecommenderChoices() {
        return recommenders.usableForOperators();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getRecommenderCode() {
        return recommenderCode;
    }

    public void setRecommenderCode(String recommenderCode) {
        this.recommenderCode = recommenderCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
