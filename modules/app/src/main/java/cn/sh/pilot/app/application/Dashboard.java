package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.Map;

/** The figures on the dashboard's tiles. Business modules add their own tiles later. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Dashboard {

    public record Figures(Map<Role, Long> enabledUsersByRole, Map<RecommenderKind, Long> activeRecommendersByKind,
                          long auditEventsToday, long openCalls) {
    }

    @Inject
    UserAccountRepository users;
    @Inject
    RecommenderRepository recommenders;
    @Inject
    AuditLog audit;
    @Inject
    CallCatalogue calls;

    public Figures figures() {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            byRole.put(r, 0L);
        }
        for (UserAccount u : users.all()) {
            if (u.enabled()) {
                u.roles().forEach(r -> byRole.merge(r, 1L, Long::sum));
            }
        }
        long open = calls.all().stream().filter(c -> c.openOn(ShanghaiTime.today())).count();
        return new Figures(byRole, recommenders.countByKind(), audit.countToday(), open);
    }
}
