package cn.sh.pilot.app.domain.user;

import cn.sh.pilot.app.domain.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in to the console. The password hash never leaves the application layer. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    /** Comma-separated {@link Role} names, sorted. */
    @Column(nullable = false)
    private String roles;
    @Column(name = "recommender_code")
    private String recommenderCode;
    @Column(nullable = false)
    private boolean enabled;
    @Column(nullable = false)
    private String language;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;
    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
                       String recommenderCode, String language, OffsetDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.recommenderCode = recommenderCode;
        this.enabled = true;
        this.language = language;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** What the audit log records about an account: everything except the password hash. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("displayName", displayName);
        s.put("roles", roles);
        s.put("recommenderCode", recommenderCode);
        s.put("enabled", enabled);
        s.put("language", language);
        return s;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public String recommenderCode() {
        return recommenderCode;
    }

    public boolean enabled() {
        return enabled;
    }

    public String language() {
        return language;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime passwordChangedAt() {
        return passwordChangedAt;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public void bindTo(String recommenderCode) {
        this.recommenderCode = recommenderCode;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePassword(String passwordHash, OffsetDateTime now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public void chooseLanguage(String language) {
        this.language = language;
    }
}
