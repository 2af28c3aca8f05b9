package cn.sh.pilot.app.review;

import cn.sh.pilot.app.application.ReviewDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.application.MunicipalReview;
import cn.sh.pilot.review.domain.approval.ConfirmedDecisions;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.Applicant;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.Recommendation;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.Uscc;
import cn.sh.pilot.review.infrastructure.persistence.ImportedItemEntity;
import cn.sh.pilot.review.infrastructure.persistence.JpaImportedBatches;
import cn.sh.pilot.review.infrastructure.persistence.JpaReviewItems;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four-eyes decisions in the container, on the database PILOT_DB_URL names: two approvers confirming one item at the
 * same moment — exactly one wins, the other is refused with {@code decision-conflict}; and 20 items approved from 8
 * threads get 20 distinct project numbers, each with one {@code ProjectApproved} event.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentApprovalIT {

    private static final CallId CALL = new CallId("2023-139");
    private static final Actor OPERATOR = Actor.of("it-op", "测试业务员", ReviewRole.MUNICIPAL_OPERATOR);
    private static final Actor EXPERT = Actor.of("it-expert", "测试专家", ReviewRole.EXPERT);
    private static final Actor APPROVER_A = Actor.of("it-ap-a", "审批人甲", ReviewRole.APPROVER);
    private static final Actor APPROVER_B = Actor.of("it-ap-b", "审批人乙", ReviewRole.APPROVER);
    private static final Uscc EXPERT_ORG = new Uscc("12310000425012345C");

    @Deployment
    static WebArchive deployment() throws Exception {
        return cn.sh.pilot.app.it.PilotWar.withTestPackage(ConcurrentApprovalIT.class.getPackage());
    }

    @Inject
    JpaImportedBatches imported;
    @Inject
    MunicipalReview review;
    @Inject
    ReviewDesk desk;
    @Inject
    ApprovalsObserved approvals;
    @Inject
    JpaReviewItems reviewItems;
    @Resource
    UserTransaction tx;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    @Test
    void of_two_simultaneous_confirmations_of_one_item_exactly_one_wins_and_the_other_is_told_why() throws Exception {
        ReviewItem item = proposed();
        long seen = item.version();
        CountDownLatch aConfirmedUncommitted = new CountDownLatch(1);
        CountDownLatch bStarted = new CountDownLatch(1);
        // A confirms and holds its transaction open until B has read the same version and tries too.
        Future<ConfirmedDecisions> a = executor.submit(() -> {
            tx.begin();
            try {
                ConfirmedDecisions done = desk.confirmAs(APPROVER_A, Map.of(item.id(), seen));
                aConfirmedUncommitted.countDown();
                bStarted.await(10, TimeUnit.SECONDS);
                Thread.sleep(700);
                tx.commit();
                return done;
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
        });
        Future<RefusedException> b = executor.submit(() -> {
            aConfirmedUncommitted.await(10, TimeUnit.SECONDS);
            bStarted.countDown();
            try {
                desk.confirmAs(APPROVER_B, Map.of(item.id(), seen));
                return null;
            } catch (RefusedException e) {
                return e;
            }
        });
        ConfirmedDecisions won = outcome("A", a);
        RefusedException lost = outcome("B", b);
        assertEquals(1, won.approvals().size());
        assertTrue(lost != null, "the second confirmation must be refused");
        assertEquals("decision-conflict", lost.error().id(), lost.getMessage());
        assertTrue(lost.error().zh().contains("已被他人先行处理"), lost.error().zh());

        ReviewItem now = inTx(() -> reviewItems.find(item.id()).orElseThrow());
        assertEquals("APPROVED", now.status().name());
        assertEquals(APPROVER_A.userId(), now.decision().orElseThrow().confirmer().userId());
        assertEquals(won.approvals().get(0).projectNumber(), now.decision().orElseThrow().number().orElseThrow().value());
        assertEquals(1, approvals.seen().stream().filter(e -> e.itemId().equals(item.id().value())).count());

        // Confirming again later (a stale page) is refused too, and changes nothing.
        RefusedException late = assertThrows(RefusedException.class, () -> desk.confirmAs(APPROVER_B, Map.of(item.id(), seen)));
        assertEquals("decision-conflict", late.error().id());
    }

    @Test
    void twenty_items_approved_from_eight_threads_get_twenty_distinct_numbers() throws Exception {
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(proposed());
        }
        List<Future<List<ProjectApproved>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(executor.submit(() -> {
                List<ProjectApproved> mine = new ArrayList<>();
                for (int i = thread; i < items.size(); i += 8) {
                    ReviewItem item = items.get(i);
                    mine.addAll(desk.confirmAs(i % 2 == 0 ? APPROVER_A : APPROVER_B, Map.of(item.id(), item.version()))
                            .approvals());
                }
                return mine;
            }));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<List<ProjectApproved>> f : futures) {
            for (ProjectApproved p : f.get(120, TimeUnit.SECONDS)) {
                assertTrue(p.projectNumber().matches("SHBZSD-2023-\\d{4}"), p.projectNumber());
                assertTrue(numbers.add(p.projectNumber()), "number handed out twice: " + p.projectNumber());
            }
        }
        assertEquals(20, numbers.size());
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id().toString()));
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT item_id, project_number, term_start, term_end, status"
                     + " FROM review_item WHERE project_number IS NOT NULL")) {
            int found = 0;
            Set<String> stored = new HashSet<>();
            while (rs.next()) {
                if (ids.contains(rs.getString(1))) {
                    found++;
                    assertEquals("APPROVED", rs.getString(5));
                    LocalDate start = rs.getDate(3).toLocalDate();
                    assertEquals(start.plusYears(2).minusDays(1), rs.getDate(4).toLocalDate());
                }
                assertTrue(stored.add(rs.getString(2)), "stored twice: " + rs.getString(2));
            }
            assertEquals(20, found);
        }
        for (ReviewItem item : items) {
            assertEquals(1, approvals.seen().stream().filter(e -> e.itemId().equals(item.id().value())).count());
        }
    }

    // ---- an imported item taken to a pending approval proposal

    private ReviewItem proposed() throws Exception {
        ItemId id = ItemId.newId();
        ImportedItem data = new ImportedItem(id, BatchId.newId(), CALL, new RecommenderCode("310104"), 1,
                ApplicationId.newId(), CALL, new Applicant("上海颐和康养服务有限公司", new Uscc("91310112MA7AB1C2DG")),
                "社区养老服务标准化试点 " + id.toString().substring(0, 8), "SERVICE", ProjectType.GENERAL, null, null,
                new Recommendation("同意推荐。", true, "孙立新", "科长", LocalDate.of(2023, 5, 16)));
        inTx(() -> {
            imported.add(new ImportedItemEntity(data, OffsetDateTime.now(ZoneOffset.UTC)));
            return null;
        });
        return inTx(() -> {
            review.route(OPERATOR, id);
            review.recordCheck(OPERATOR, id, "stamped-form", true, "");
            review.recordCheck(OPERATOR, id, "recommender-opinion", true, "");
            review.assignExpert(OPERATOR, id, new Expert(EXPERT, EXPERT_ORG, null));
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            points.put("KEY_DIRECTION_FIT", BigDecimal.valueOf(20));
            points.put("STANDARD_OUTPUTS", BigDecimal.valueOf(20));
            points.put("STANDARDIZATION_BASE", BigDecimal.valueOf(15));
            points.put("LEADERSHIP", BigDecimal.valueOf(8));
            points.put("EXPECTED_EFFECT", BigDecimal.valueOf(16));
            review.score(EXPERT, id, points, "基础扎实。");
            ReviewItem typed = review.confirmType(OPERATOR, id);
            return review.propose(OPERATOR, id, Outcome.APPROVE, new DecisionReason("meets-call-requirements",
                    "符合申报条件，专家评审通过。", null), typed.version());
        });
    }

    /** The thread's result, or a failure naming the thread with its whole stack. */
    private static <T> T outcome(String thread, Future<T> future) throws Exception {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.getCause().printStackTrace(new java.io.PrintWriter(trace));
            throw new AssertionError("thread " + thread + " failed: " + trace, e.getCause());
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T inTx(Work<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.run();
            tx.commit();
            return result;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
