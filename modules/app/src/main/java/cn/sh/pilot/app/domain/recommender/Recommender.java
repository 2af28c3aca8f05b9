package cn.sh.pilot.app.domain.recommender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A row of {@code recommender} (reference data from V1, editable by administrators) with its profile. */
@Entity
@Table(name = "recommender")
public class Recommender {

    /** District codes are 6 digits (GB/T 2260); department codes start with D. */
    public static final Pattern CODE = Pattern.compile("[0-9]{6}|D[A-Z0-9]{1,15}");

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommenderKind kind;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    private String address;
    @Version
    private int version;

    protected Recommender() {
    }

    public Recommender(String code, RecommenderKind kind, String nameZh, String nameEn) {
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.active = true;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("kind", kind.name());
        s.put("nameZh", nameZh);
        s.put("nameEn", nameEn);
        s.put("active", active);
        s.put("contactName", contactName);
        s.put("contactPhone", contactPhone);
        s.put("contactEmail", contactEmail);
        s.put("address", address);
        return s;
    }

    /** Whether operators may be bound to it and it may recommend. */
    public boolean usableForOperators() {
        return active && kind != RecommenderKind.MUNICIPAL;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void updateProfile(String contactName, String contactPhone, String contactEmail, String address) {
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.address = address;
    }

    public String code() {
        return code;
    }

    public RecommenderKind kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }

    public boolean active() {
        return active;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String address() {
        return address;
    }
}
