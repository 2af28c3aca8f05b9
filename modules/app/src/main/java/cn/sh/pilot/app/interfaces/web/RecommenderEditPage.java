package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Administration: add a recommender, rename it, deactivate or reactivate it ({@code ?code=}). */
@Named
@ViewScoped
public class RecommenderEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecommenderAdministration administration;

    private String code;
    private String newCode;
    private String kind = RecommenderKind.DEPARTMENT.name();
    private String nameZh;
    private String nameEn;
    private boolean active = true;
    private boolean existing;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (code != null && !code.isBlank()) {
            fill(administration.profile(code));
        }
    }

    private void fill(Recommender r) {
        existing = true;
        code = r.code();
        kind = r.kind().name();
        nameZh = r.nameZh();
        nameEn = r.nameEn();
        active = r.active();
    }

    public String save() {
        try {
            if (existing) {
                administration.rename(code, nameZh, nameEn);
                Texts.info("recommenders.updated", code);
            } else {
                Recommender r = administration.add(newCode, RecommenderKind.valueOf(kind), nameZh, nameEn);
                Texts.info("recommenders.created", r.code());
            }
            return "/recommenders.xhtml?faces-redirect=true";
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    public String toggleActive() {
        try {
            fill(administration.setActive(code, !active));
            Texts.info(active ? "recommenders.activated" : "recommenders.deactivated", code);
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
        }
        return null;
    }

    public RecommenderKind[] getEditableKinds() {
        return new RecommenderKind[]{RecommenderKind.DISTRICT, RecommenderKind.DEPARTMENT};
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isMunicipal() {
        return RecommenderKind.MUNICIPAL.name().equals(kind);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }
}
