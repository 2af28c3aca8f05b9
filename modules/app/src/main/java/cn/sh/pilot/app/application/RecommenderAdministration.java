package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.app.domain.security.AccessDeniedException;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommenders: administrators add, rename, deactivate and reactivate them (industry departments change over
 * time); a recommender's profile is read and changed under {@link RecommenderScope}.
 */
@ApplicationScoped
@Transactional
public class RecommenderAdministration {

    public record Profile(String contactName, String contactPhone, String contactEmail, String address) {
    }

    @Inject
    RecommenderRepository recommenders;
    @Inject
    UserAccountRepository users;
    @Inject
    RecommenderScope scope;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    public Recommender add(String code, RecommenderKind kind, String nameZh, String nameEn) {
        requireAdmin();
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!Recommender.CODE.matcher(c).matches()) {
            throw new ChangeRefusedException("invalid-recommender-code");
        }
        if (kind == null || kind == RecommenderKind.MUNICIPAL) {
            throw new ChangeRefusedException("invalid-recommender-kind");
        }
        if (blank(nameZh) || blank(nameEn)) {
            throw new ChangeRefusedException("name-required");
        }
        if (recommenders.byCode(c).isPresent()) {
            throw new ChangeRefusedException("recommender-code-taken");
        }
        Recommender r = new Recommender(c, kind, nameZh.trim(), nameEn.trim());
        recommenders.add(r);
        audit.record("recommender.created", "recommender", c, null, r.snapshot());
        return r;
    }

    public Recommender rename(String code, String nameZh, String nameEn) {
        requireAdmin();
        if (blank(nameZh) || blank(nameEn)) {
            throw new ChangeRefusedException("name-required");
        }
        Recommender r = existing(code);
        Map<String, Object> before = r.snapshot();
        r.rename(nameZh.trim(), nameEn.trim());
        audit.record("recommender.renamed", "recommender", r.code(), before, r.snapshot());
        return r;
    }

    public Recommender setActive(String code, boolean active) {
        requireAdmin();
        Recommender r = existing(code);
        if (r.kind() == RecommenderKind.MUNICIPAL) {
            throw new ChangeRefusedException("municipal-bureau-always-active");
        }
        Map<String, Object> before = r.snapshot();
        r.setActive(active);
        audit.record(active ? "recommender.activated" : "recommender.deactivated", "recommender", r.code(), before, r.snapshot());
        return r;
    }

    /** The recommender's profile, if the caller may see it (else {@link AccessDeniedException}). */
    @Transactional(Transactional.TxType.REQUIRED)
    public Recommender profile(String code) {
        scope.require(code, Access.VIEW);
        return existing(code);
    }

    public Recommender updateProfile(String code, Profile profile) {
        scope.require(code, Access.CHANGE);
        Recommender r = existing(code);
        Map<String, Object> before = r.snapshot();
        r.updateProfile(trim(profile.contactName()), trim(profile.contactPhone()), trim(profile.contactEmail()), trim(profile.address()));
        audit.record("recommender.profile-updated", "recommender", r.code(), before, r.snapshot());
        return r;
    }

    /** The accounts bound to a recommender, for whoever may see that recommender. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<UserAccount> operatorsOf(String code) {
        scope.require(code, Access.VIEW);
        return users.page(Optional.of(java.util.Set.of(code)), UserAccountRepository.SortKey.USERNAME, true, 0, 200);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<Recommender> page(RecommenderKind kind, RecommenderRepository.SortKey sort, boolean ascending, int first, int max) {
        return recommenders.page(scope.visibleRecommenders(), kind, sort, ascending, first, max);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long count(RecommenderKind kind) {
        return recommenders.count(scope.visibleRecommenders(), kind);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<Recommender> usableForOperators() {
        return recommenders.usableForOperators();
    }

    private Recommender existing(String code) {
        return recommenders.byCode(code).orElseThrow(() -> new ChangeRefusedException("no-such-recommender"));
    }

    private void requireAdmin() {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("admin-only", currentUser.username() + " is not an administrator");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
