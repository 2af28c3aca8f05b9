package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.application.RecommenderScope;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A recommender's own profile ({@code /recommender/profile.xhtml?code=310104}): contact person, phone, e-mail,
 * address, and the accounts bound to it. Viewing and saving both go through {@code RecommenderScope}, with the code
 * of the request — a crafted POST for another recommender is refused like a typed URL (403, "无权访问").
 */
@Named
@ViewScoped
public class RecommenderProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecommenderAdministration administration;
    @Inject
    transient RecommenderScope scope;

    private String code;
    private String nameZh;
    private String nameEn;
    private String kind;
    private boolean active;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String address;

    public void load() {
        fill(administration.profile(code));
    }

    private void fill(Recommender r) {
        code = r.code();
        nameZh = r.nameZh();
        nameEn = r.nameEn();
        kind = r.kind().name();
        active = r.active();
        contactName = r.contactName();
        contactPhone = r.contactPhone();
        contactEmail = r.contactEmail();
        address = r.address();
    }

    public String save() {
        try {
            fill(administration.updateProfile(code,
                    new RecommenderAdministration.Profile(contactName, contactPhone, contactEmail, address)));
            Texts.info("profile.saved");
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
        }
        return null;
    }

    public boolean isEditable() {
        return scope.allows(code, Access.CHANGE);
    }

    public List<UserAccount> getOperators() {
        return administration.operatorsOf(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
