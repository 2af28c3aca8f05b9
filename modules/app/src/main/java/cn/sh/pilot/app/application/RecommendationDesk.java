package cn.sh.pilot.app.application;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.application.Actor;
import cn.sh.pilot.intake.application.DecideRecommendation;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.review.application.BuildBatch;
import cn.sh.pilot.review.application.RecordDelivery;
import cn.sh.pilot.review.application.RecordPreliminaryReview;
import cn.sh.pilot.review.application.SignBatch;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recommender site's recommendation desk (§五(三)): the preliminary review of a submitted application — review's
 * opinion, conclusion and rank, and intake's RECOMMENDED / NOT_RECOMMENDED — in one transaction, and the batch of the
 * open call: built (review's {@code BatchAssembly}, application documents from intake), looked at, signed with the
 * site's key into the outbox. Review and intake never see each other; this class joins them. Confined to this
 * site's recommender like {@link IntakeDesk}.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class RecommendationDesk {

    @Inject
    SiteConfig site;
    @Inject
    CurrentUser currentUser;
    @Inject
    RecommenderScope scope;
    @Inject
    RecommenderRepository recommenders;
    @Inject
    ApplicationRepository applications;
    @Inject
    DecideRecommendation deciding;
    @Inject
    RecordPreliminaryReview reviewing;
    @Inject
    PreliminaryReviewRepository reviews;
    @Inject
    OutgoingBatchRepository batches;
    @Inject
    BuildBatch building;
    @Inject
    SignBatch signing;
    @Inject
    BatchOutbox outbox;
    @Inject
    RecordDelivery delivering;
    @Inject
    OpenCall openCall;

    /** A recommended application of the open call as the batch page lists it. */
    public record Candidate(String applicationId, Integer rank, String applicantName, String projectName,
                            String opinion, String reviewer, boolean sent) {
    }

    public Optional<PreliminaryReview> reviewOf(ApplicationId id) {
        scope.require(site.siteCode(), Access.VIEW);
        return reviews.find(reviewId(id)).filter(r -> r.recommender().value().equals(site.siteCode()));
    }

    /**
     * Records the opinion, the conclusion and (when recommending) the rank; a submitted application becomes
     * RECOMMENDED or NOT_RECOMMENDED. Changing the conclusion of an application already decided is refused by intake
     * ({@code application-not-submitted}), and a review already sent by review ({@code preliminary-already-sent}).
     */
    public PreliminaryReview review(ApplicationId id, String opinion, boolean recommend, Integer rank) throws RefusedException {
        Actor actor = actor();
        Application application = applications.find(id).filter(a -> a.recommenderCode().equals(site.siteCode()))
                .orElseThrow(() -> new RefusedException(IntakeError.APPLICATION_NOT_FOUND, "application " + id));
        ApplicationState wanted = recommend ? ApplicationState.RECOMMENDED : ApplicationState.NOT_RECOMMENDED;
        if (application.state() != wanted) {
            if (recommend) {
                deciding.recommend(actor, id);
            } else {
                deciding.declineToRecommend(actor, id);
            }
        }
        return reviewing.record(reviewer(), new RecommenderCode(site.siteCode()), reviewId(id),
                new CallId(application.callId().value()), opinion, recommend, rank);
    }

    /** The recommended applications of the open call ({@link OpenCall}), by rank (unranked last), sent ones included. */
    public List<Candidate> candidates() {
        scope.require(site.siteCode(), Access.VIEW);
        return reviews.ofCall(new RecommenderCode(site.siteCode()), new CallId(openCall.id())).stream()
                .filter(PreliminaryReview::isRecommended)
                .sorted(Comparator.comparingInt(r -> r.rank().orElse(Integer.MAX_VALUE)))
                .map(r -> {
                    Optional<Application> a = applications.find(ApplicationId.of(r.applicationId().toString()));
                    return new Candidate(r.applicationId().toString(), r.rank().isPresent() ? r.rank().getAsInt() : null,
                            a.map(x -> x.applicant().name()).orElse("?"), a.map(x -> x.project().name()).orElse("?"),
                            r.opinion(), r.reviewer().name(), r.isSent());
                }).toList();
    }

    public List<OutgoingBatch> batches() {
        scope.require(site.siteCode(), Access.VIEW);
        return batches.of(new RecommenderCode(site.siteCode()));
    }

    public Optional<OutgoingBatch> batch(BatchId id) {
        return batches().stream().filter(b -> b.header().id().equals(id)).findFirst();
    }

    /** Applicant and project of each item, for the final look. */
    public Map<String, Application> applicationsOf(OutgoingBatch batch) {
        Map<String, Application> byId = new LinkedHashMap<>();
        for (BatchItem item : batch.batch().items()) {
            applications.find(ApplicationId.of(item.applicationId().toString()))
                    .ifPresent(a -> byId.put(item.applicationId().toString(), a));
        }
        return byId;
    }

    /** Builds the open call's next batch (replacing an unsigned one) and writes its unsigned package. */
    public OutgoingBatch build() throws RefusedException {
        actor();
        OutgoingBatch batch = building.build(new RecommenderCode(site.siteCode()), new CallId(openCall.id()));
        outbox.writeUnsigned(batch, siteName(), applicationsOf(batch));
        return batch;
    }

    /** Signs a built batch with the site's key into the outbox; its reviews are then frozen. */
    public OutgoingBatch sign(BatchId id) throws RefusedException {
        actor();
        OutgoingBatch batch = signing.signable(id);
        BatchOutbox.Sealed sealed = outbox.seal(batch);
        return signing.signed(id, sealed.fileName(), sealed.digest(), sealed.signer());
    }

    /** Whether batches can be sent from this site (a municipal endpoint is configured). */
    public boolean canSend() {
        return outbox.canSend();
    }

    /** The next batch to send: the oldest signed, undelivered one (the municipal chain takes them in order). */
    public Optional<OutgoingBatch> nextToSend() {
        return batches().stream().filter(b -> b.state() == OutgoingBatch.State.SIGNED)
                .min(Comparator.comparingInt(b -> b.header().sequence()));
    }

    /** Refuses unless the batch is signed and undelivered; see {@link BatchDispatch}. */
    public OutgoingBatch sendable(BatchId id) throws RefusedException {
        actor();
        return delivering.sendable(id);
    }

    /** Records a sending round (see {@link BatchDispatch}). */
    public OutgoingBatch recordDelivery(BatchId id, BatchOutbox.Sent sent) throws RefusedException {
        actor();
        return delivering.record(id, sent.attempts(), sent.remotePath(), sent.errorId(), sent.detail());
    }

    private String siteName() {
        return recommenders.byCode(site.siteCode()).map(Recommender::nameZh).orElse(site.siteCode());
    }

    private cn.sh.pilot.review.domain.shared.Actor reviewer() {
        String name = currentUser.account().map(UserAccount::displayName).filter(n -> n != null && !n.isBlank())
                .orElse(currentUser.username());
        return cn.sh.pilot.review.domain.shared.Actor.of(currentUser.username(), name);
    }

    private static cn.sh.pilot.review.domain.shared.ApplicationId reviewId(ApplicationId id) {
        return cn.sh.pilot.review.domain.shared.ApplicationId.of(id.toString());
    }

    private Actor actor() {
        if (site.siteRole() != SiteRole.RECOMMENDER) {
            throw new ChangeRefusedException("intake-not-on-this-site");
        }
        scope.require(site.siteCode(), Access.CHANGE);
        return new Actor(currentUser.username(), site.siteCode());
    }
}
