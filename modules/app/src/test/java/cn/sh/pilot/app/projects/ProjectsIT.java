package cn.sh.pilot.app.projects;

import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.app.it.PilotWar;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.review.api.ProjectApproved;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects in the container, through the app: review's {@link ProjectApproved} CDI event opens projects (observed in
 * app), {@link ProjectDesk} runs each use case in a transaction on the database, refusals carry their error ids and
 * leave nothing written, every change is in the audit log, and the three clock lists are right on the days the test
 * sets the clock to (issue 7, done-when 2 and 3).
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

    private static final String XUHUI = "310104";
    private static final String A = "SHBZSD-2023-0101"; // 2023-07-20 … 2025-07-19, extended by 6 months
    private static final String B = "SHBZSD-2023-0102"; // 2023-10-10 … 2025-10-09
    private static final String C = "SHBZSD-2023-0103"; // 2023-05-01 … 2025-04-30
    private static final String D = "SHBZSD-2023-0104"; // 2023-08-15 … 2025-08-14
    private static final Set<String> MINE = Set.of(A, B, C, D);

    /** A municipal operator recording the guarantor's paper request: acts for 310104. */
    private static final Actor RECORDER = new Actor("shi-liu", XUHUI, Set.of(Role.OPERATOR, Role.APPROVER));
    private static final Actor RECORDER_AS_APPROVER = Actor.municipal("shi-liu", Role.OPERATOR, Role.APPROVER);
    private static final Actor APPROVER = Actor.municipal("shi-hu", Role.APPROVER);
    private static final Actor GUARANTOR = Actor.of("xuhui-li", XUHUI, Role.OPERATOR);

    @Deployment
    static WebArchive deployment() throws Exception {
        return PilotWar.withTestPackage(ProjectsIT.class.getPackage());
    }

    @Inject
    Event<ProjectApproved> approvals;
    @Inject
    ProjectDesk desk;
    @Inject
    MovableClock clock;
    @Inject
    UserTransaction tx;
    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource db;

    @Test
    void extensionRulesAndClockListsThroughTheDesk() throws Exception {
        clock.setTo(LocalDate.of(2023, 5, 1));
        approve(C, LocalDate.of(2023, 5, 1), LocalDate.of(2025, 4, 30));
        approve(A, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19));
        approve(D, LocalDate.of(2023, 8, 15), LocalDate.of(2025, 8, 14));
        approve(B, LocalDate.of(2023, 10, 10), LocalDate.of(2025, 10, 9));
        approve(A, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19)); // delivered twice: still one project
        assertEquals(1, count("SELECT COUNT(*) FROM project WHERE project_number = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.opened' AND entity_id = '" + A + "'"));

        // an approval whose term is not two years opens nothing (and the firing transaction fails)
        tx.begin();
        try {
            Exception e = assertThrows(Exception.class, () -> approvals.fire(approved("SHBZSD-2023-0199",
                    LocalDate.of(2023, 7, 20), LocalDate.of(2026, 7, 19))));
            assertEquals("term-not-two-years", refusal(e));
        } finally {
            tx.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM project WHERE project_number = 'SHBZSD-2023-0199'"));

        // 2025-06-01: A 48 days left, D 74, B 130; C ended 2025-04-30
        clock.setTo(LocalDate.of(2025, 6, 1));
        assertLists(Set.of(A, D), Set.of(C), Set.of());

        // done-when 2: a 7-month extension is refused
        assertRefused("extension-too-long", () -> desk.requestExtension(RECORDER, "徐汇区市场监管局", A, 7, "站点搬迁"));
        // … a request after the term ended is refused
        assertRefused("extension-after-term", () -> desk.requestExtension(RECORDER, "徐汇区市场监管局", C, 3, "迟交"));
        // … a request from another recommender is refused
        assertRefused("extension-not-guarantor", () -> desk.requestExtension(
                Actor.of("minhang-wang", "310112", Role.OPERATOR), "闵行区市场监管局", A, 6, "代报"));
        assertEquals(0, count("SELECT COUNT(*) FROM project_extension"));

        desk.requestExtension(RECORDER, "徐汇区市场监管局", A, 6, "试点站点搬迁，满意度评价需在新站点运行满三个月后开展。");
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(A).state());
        // … an approval by the requester is refused (four eyes)
        assertRefused("extension-self-approval", () -> desk.approveExtension(RECORDER_AS_APPROVER, A, 6, "同意"));
        // … a municipal operator without the approver role cannot decide
        assertRefused("extension-approver-not-authorised",
                () -> desk.approveExtension(Actor.municipal("shi-zhao", Role.OPERATOR), A, 6, "同意"));
        assertRefused("extension-pending", () -> desk.requestExtension(GUARANTOR, "徐汇区市场监管局", A, 3, "再次"));
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(A).state());

        clock.setTo(LocalDate.of(2025, 6, 10));
        Project extended = desk.approveExtension(APPROVER, A, 6, "理由充分，同意延期六个月。");
        assertEquals(LocalDate.of(2026, 1, 19), extended.term().end());
        Project reread = desk.get(A);
        assertEquals(ProjectState.EXTENDED, reread.state());
        assertEquals(LocalDate.of(2026, 1, 19), reread.term().end());
        assertEquals(LocalDate.of(2025, 7, 19), reread.approvedTerm().end());
        assertEquals("shi-hu", reread.extensions().get(0).decidedBy().orElseThrow().userId());
        assertEquals("shi-liu", reread.extensions().get(0).requestedBy().userId());
        // … a second extension is refused
        assertRefused("extension-already-used", () -> desk.requestExtension(GUARANTOR, "徐汇区市场监管局", A, 3, "再延"));
        assertEquals(1, count("SELECT COUNT(*) FROM project_extension WHERE project_number = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.extension-requested' AND entity_id = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.extension-approved' AND entity_id = '" + A + "'"
                + " AND after_json LIKE '%2026-01-19%'"));

        // done-when 3: the lists on fixed dates, with the extended project
        assertLists(Set.of(D), Set.of(C), Set.of(A)); // 2025-06-10: A now has 223 days left
        clock.setTo(LocalDate.of(2025, 10, 9)); // B's last day counts as within; D is over
        assertLists(Set.of(B), Set.of(C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 22)); // A: 89 days left on its extended term
        assertLists(Set.of(A), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 21)); // A: 90 days left — the boundary is inside
        assertLists(Set.of(A), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 20)); // A: 91 days left
        assertLists(Set.of(), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2026, 1, 20)); // the day after A's extended term
        desk.applyForAcceptance(GUARANTOR, C); // an overdue project with an acceptance application leaves the list
        assertLists(Set.of(), Set.of(A, B, D), Set.of(A));
        assertRefused("acceptance-not-guarantor",
                () -> desk.applyForAcceptance(Actor.of("minhang-wang", "310112", Role.OPERATOR), B));
    }

    private void assertLists(Set<String> endingSoon, Set<String> overdue, Set<String> extended) {
        ProjectService.ClockLists lists = desk.clockLists();
        String on = " on " + lists.today();
        assertEquals(endingSoon, mine(lists.endingSoon()), "ending within 90 days" + on);
        assertEquals(overdue, mine(lists.overdue()), "overdue without an acceptance application" + on);
        assertEquals(extended, mine(lists.extended()), "extended" + on);
    }

    private static Set<String> mine(List<Project> projects) {
        return projects.stream().map(p -> p.number().value()).filter(MINE::contains).collect(Collectors.toSet());
    }

    private void approve(String number, LocalDate start, LocalDate end) throws Exception {
        tx.begin();
        approvals.fire(approved(number, start, end));
        tx.commit();
    }

    private static ProjectApproved approved(String number, LocalDate start, LocalDate end) {
        return new ProjectApproved(number, UUID.randomUUID(), UUID.randomUUID(), "2023-139", "城市运行标准化试点 " + number,
                "上海某城市运行管理中心", "11310104MB2C31947Y", XUHUI, "GENERAL", null, null, "D01", start, end,
                start.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "shi-hu");
    }

    interface Call {
        void run() throws Exception;
    }

    private static void assertRefused(String id, Call call) {
        Exception e = assertThrows(Exception.class, call::run);
        assertEquals(id, refusal(e), () -> "refused with " + e);
    }

    /** The error id of a refusal, however the container wrapped it. */
    private static String refusal(Throwable e) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = e; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            if (t instanceof RefusedException r) {
                return r.id();
            }
        }
        throw new AssertionError("not a refusal", e);
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
