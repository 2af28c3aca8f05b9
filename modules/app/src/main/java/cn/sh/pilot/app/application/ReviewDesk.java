package cn.sh.pilot.app.application;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.application.MunicipalReview;
import cn.sh.pilot.review.application.ReviewAuditActions;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.domain.approval.ConfirmedDecisions;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.item.Worklist;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.Uscc;
import cn.sh.pilot.review.domain.item.ReviewItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The municipal review desk (市局评审, §四(一), §五(五)): runs review's {@link MunicipalReview} use cases for the
 * signed-in user, one transaction each ({@code rollbackOn = RefusedException}: the audit entry commits with the change
 * or not at all), and fires {@link ProjectApproved} for each confirmed approval — the projects module observes it
 * through the app, never by reading review's tables. A change that lost the race against another user's change of the
 * same item (the row's optimistic lock) is refused as {@code decision-conflict}; nothing of it is kept.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class ReviewDesk {

    @Inject
    SiteConfig site;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserAccountRepository users;
    @Inject
    MunicipalReview review;
    @Inject
    Event<ProjectApproved> approved;
    @Inject
    NoticeOutbox notices;
    @Inject
    AuditTrail audit;
    @Inject
    java.time.Clock clock;
    @PersistenceContext(unitName = "pilot")
    EntityManager em;

    /** An expert's organisation and affiliated recommender, as last entered. */
    public record ExpertProfile(String username, String organisationUscc, String recommenderCode) {
    }

    // ---- reading

    public List<ImportedItem> unrouted() {
        actor();
        return items().unrouted();
    }

    public ReviewSetup setup(CallId call) throws ReviewRefusedException {
        return review.setup(call);
    }

    /** The open items of one domain's worklist (under review or awaiting confirmation). */
    public List<ReviewItem> worklist(String domainCode) {
        actor();
        return Worklist.of(domainCode, items().routed(EnumSet.of(ItemStatus.UNDER_REVIEW, ItemStatus.PROPOSED), domainCode));
    }

    /** Every routed item, whatever its status. */
    public List<ReviewItem> allRouted() {
        actor();
        return items().routed(EnumSet.noneOf(ItemStatus.class), null);
    }

    public List<ReviewItem> pendingProposals() {
        actor();
        return items().routed(EnumSet.of(ItemStatus.PROPOSED), null);
    }

    public List<ReviewItem> assignedToMe() {
        Actor me = actor();
        return items().assignedTo(me.userId());
    }

    public Optional<ReviewItem> item(ItemId id) throws ReviewRefusedException {
        actor();
        return items().find(id);
    }

    public Optional<ImportedItem> unroutedItem(ItemId id) {
        actor();
        return items().unrouted(id);
    }

    /** Enabled users holding the expert role, by name. */
    public List<UserAccount> experts() {
        return users.all().stream().filter(UserAccount::enabled).filter(u -> u.roles().contains(Role.EXPERT)).toList();
    }

    public Optional<ExpertProfile> expertProfile(String username) {
        List<?> rows = em.createNativeQuery("SELECT organisation_uscc, recommender_code FROM expert_profile WHERE username = ?1")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new ExpertProfile(username, ((String) r[0]).strip(), (String) r[1]));
    }

    // ---- changing

    public ReviewItem route(ItemId id) throws RefusedException {
        return guarded(id, () -> review.route(actor(), id));
    }

    public ReviewItem reroute(ItemId id, String domainCode, String reason) throws RefusedException {
        return guarded(id, () -> review.reroute(actor(), id, domainCode, reason));
    }

    public ReviewItem recordCheck(ItemId id, String code, boolean passed, String note) throws RefusedException {
        return guarded(id, () -> review.recordCheck(actor(), id, code, passed, note));
    }

    /**
     * Assigns an expert, recording the organisation (and recommender, if any) they work for, which the conflict-of-
     * interest rule compares with the applicant and the recommender of the item.
     */
    public ReviewItem assignExpert(ItemId id, String expertUsername, String organisationUscc, String recommenderCode)
            throws RefusedException {
        Actor operator = actor();
        UserAccount account = users.byUsername(expertUsername == null ? "" : expertUsername.strip())
                .filter(UserAccount::enabled).filter(u -> u.roles().contains(Role.EXPERT))
                .orElseThrow(() -> refused(ReviewError.EXPERT_UNKNOWN, String.valueOf(expertUsername)));
        String uscc = organisationUscc == null ? "" : organisationUscc.strip().toUpperCase(java.util.Locale.ROOT);
        Uscc organisation;
        try {
            organisation = new Uscc(uscc);
        } catch (IllegalArgumentException e) {
            throw refused(ReviewError.EXPERT_PROFILE_MISSING, uscc);
        }
        String recommender = recommenderCode == null || recommenderCode.isBlank() ? null : recommenderCode.strip();
        em.createNativeQuery("DELETE FROM expert_profile WHERE username = ?1").setParameter(1, account.username()).executeUpdate();
        em.createNativeQuery("INSERT INTO expert_profile (username, organisation_uscc, recommender_code) VALUES (?1, ?2, ?3)")
                .setParameter(1, account.username()).setParameter(2, organisation.value()).setParameter(3, recommender)
                .executeUpdate();
        Expert expert = new Expert(actorOf(account), organisation, recommender == null ? null : new RecommenderCode(recommender));
        return guarded(id, () -> review.assignExpert(operator, id, expert));
    }

    /** An assigned expert's scores (criterion code → points as typed) and comment. */
    public ReviewItem score(ItemId id, Map<String, String> typed, String comment) throws RefusedException {
        Actor expert = actor();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                points.put(e.getKey(), new BigDecimal(text));
            } catch (NumberFormatException nfe) {
                throw ReviewRefusedException.of(new Refusal(ReviewError.SCORE_NOT_A_NUMBER, e.getKey(), text));
            }
        }
        return guarded(id, () -> review.score(expert, id, points, comment));
    }

    public ReviewItem confirmType(ItemId id) throws RefusedException {
        return guarded(id, () -> review.confirmType(actor(), id));
    }

    public ReviewItem changeType(ItemId id, ProjectType to, String group, String direction, String reason)
            throws RefusedException {
        return guarded(id, () -> review.changeType(actor(), id, to, blankToNull(group), blankToNull(direction), reason));
    }

    public ReviewItem propose(ItemId id, Outcome outcome, String reason, long seenVersion) throws RefusedException {
        DecisionReason why = new DecisionReason(outcome == Outcome.APPROVE ? "meets-call-requirements" : "not-selected",
                reason, null);
        return guarded(id, () -> review.propose(actor(), id, outcome, why, seenVersion));
    }

    public ReviewItem withdraw(ItemId id, long seenVersion) throws RefusedException {
        return guarded(id, () -> review.withdraw(actor(), id, seenVersion));
    }

    /**
     * Confirms one or many pending proposals (item → version the approver saw) with one confirmation, all or nothing;
     * each approval gets its project number and term, and a {@link ProjectApproved} event once the items are written.
     */
    public ConfirmedDecisions confirm(Map<ItemId, Long> seen) throws RefusedException {
        return confirmAs(actor(), seen);
    }

    /** {@link #confirm} for an approver already identified (server-side callers such as tests; never over HTTP). */
    public ConfirmedDecisions confirmAs(Actor approver, Map<ItemId, Long> seen) throws RefusedException {
        ConfirmedDecisions done = guarded(String.join(", ", seen.keySet().stream().map(ItemId::toString).toList()),
                () -> review.confirm(approver, seen));
        done.approvals().forEach(approved::fire);
        sendNotices(seen.keySet());
        return done;
    }

    /**
     * Sends every decision not yet notified: one signed notice per recommender and call into that recommender's
     * {@code receipts/} folder (on commit), each item marked with the notice's file, one audit entry per notice.
     */
    public List<String> sendNotices() throws RefusedException {
        actor();
        return sendNotices(null);
    }

    /** As {@link #sendNotices()}, for the given items only (null = all); a confirmation notifies its own items. */
    private List<String> sendNotices(java.util.Set<ItemId> only) throws RefusedException {
        Map<String, List<ReviewItem>> byRecipient = new LinkedHashMap<>();
        for (ReviewItem item : items().decidedWithoutNotice()) {
            if (only != null && !only.contains(item.id())) {
                continue;
            }
            byRecipient.computeIfAbsent(item.recommender().value() + "|" + item.callId().value(), k -> new ArrayList<>())
                    .add(item);
        }
        List<String> files = new ArrayList<>();
        for (List<ReviewItem> group : byRecipient.values()) {
            ReviewItem first = group.get(0);
            String file = notices.place(first.recommender(), first.callId(), group, clock.instant());
            group.forEach(i -> items().noticeSent(i.id(), file));
            audit.record(ReviewAuditActions.NOTICE_SENT, "decision-notice", file, null,
                    Map.of("recipient", first.recommender().value(), "call", first.callId().value(),
                            "items", group.stream().map(i -> i.id() + " " + i.status()).toList()));
            files.add(file);
        }
        items().flush();
        return files;
    }

    // ---- helpers

    private ReviewItemRepository items() {
        return review.items();
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws RefusedException;
    }

    private <T> T guarded(ItemId id, Step<T> step) throws RefusedException {
        return guarded(id.toString(), step);
    }

    /**
     * Runs a use case and writes its changes now. A row changed by someone else since it was read (noticed at this
     * flush, or at an earlier one such as the audit log's query) is a {@code decision-conflict}.
     */
    private <T> T guarded(String subject, Step<T> step) throws RefusedException {
        try {
            T result = step.run();
            items().flush();
            return result;
        } catch (PersistenceException e) {
            if (isLostRace(e)) {
                throw ReviewRefusedException.of(new Refusal(ReviewError.DECISION_CONFLICT, subject,
                        "changed by someone else meanwhile"));
            }
            throw e;
        }
    }

    private static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "HYT00".equals(sql.getSQLState()))) {
                return true; // serialization failure, deadlock, lock timeout
            }
        }
        return false;
    }

    /** The signed-in user as review sees them; refused on a recommender site. */
    private Actor actor() {
        if (site.siteRole() != SiteRole.MUNICIPAL) {
            throw new ChangeRefusedException("review-not-on-this-site");
        }
        return currentUser.account().map(ReviewDesk::actorOf)
                .orElseThrow(() -> new ChangeRefusedException("not-signed-in"));
    }

    private static Actor actorOf(UserAccount account) {
        Set<ReviewRole> roles = EnumSet.noneOf(ReviewRole.class);
        for (ReviewRole role : ReviewRole.values()) {
            if (account.roles().contains(Role.valueOf(role.name()))) {
                roles.add(role);
            }
        }
        String name = account.displayName() == null || account.displayName().isBlank() ? account.username()
                : account.displayName();
        return new Actor(account.username(), name, roles);
    }

    private static ReviewRefusedException refused(ReviewError error, String detail) {
        return ReviewRefusedException.of(Refusal.of(error, detail));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
