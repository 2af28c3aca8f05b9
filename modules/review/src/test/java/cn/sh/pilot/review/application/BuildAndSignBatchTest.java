package cn.sh.pilot.review.application;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.batch.BatchAssembly;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.fixtures.Reviews;

class BuildAndSignBatchTest {

    private static final Actor CLERK = Actor.of("xh-clerk", "徐汇区初审员");
    private static final Sha256 FIRST_PACKAGE = Sha256.of("first signed package");

    private final Clock clock = Reviews.clockAt(Reviews.shanghai(2023, 5, 16, 9, 30));
    private final RecommenderSite site = new RecommenderSite();
    private final RecordPreliminaryReview record = new RecordPreliminaryReview(site.reviews, site.audit, clock);
    private final BuildBatch build = new BuildBatch(site.reviews, site.batches, new BatchAssembly(clock), site.audit);
    private final SignBatch sign = new SignBatch(site.reviews, site.batches, site.audit, clock);
    private final RecordDelivery delivery = new RecordDelivery(site.batches, site.audit, clock);
    private final RecordReceipt receipts = new RecordReceipt(site.batches, site.reviews, site.audit);

    private ApplicationId recommended(int rank) throws ReviewRefusedException {
        ApplicationId id = ApplicationId.newId();
        record.record(CLERK, XUHUI, id, CALL, "同意推荐（第 " + rank + " 位）。", true, rank);
        return id;
    }

    @Test
    void builds_the_first_batch_in_rank_order_and_keeps_it_built() throws ReviewRefusedException {
        ApplicationId second = recommended(2);
        ApplicationId first = recommended(1);

        OutgoingBatch batch = build.build(XUHUI, CALL);

        assertThat(batch.state()).isEqualTo(OutgoingBatch.State.BUILT);
        assertThat(batch.header().sequence()).isEqualTo(1);
        assertThat(batch.header().previous()).isEmpty();
        assertThat(batch.batch().items()).extracting(BatchItem::applicationId).containsExactly(first, second);
        assertThat(site.batches.of(XUHUI)).containsExactly(batch);
        assertThat(site.audit.actions()).endsWith("batch.built");
    }

    @Test
    void building_again_replaces_the_unsigned_batch_with_the_same_sequence() throws ReviewRefusedException {
        recommended(1);
        OutgoingBatch first = build.build(XUHUI, CALL);

        OutgoingBatch again = build.build(XUHUI, CALL);

        assertThat(site.batches.of(XUHUI)).containsExactly(again);
        assertThat(again.header().id()).isNotEqualTo(first.header().id());
        assertThat(again.header().sequence()).isEqualTo(1);
        assertThat(site.audit.actions()).endsWith("batch.built", "batch.discarded", "batch.built");
    }

    @Test
    void signing_freezes_the_reviews_and_the_next_batch_continues_the_chain() throws ReviewRefusedException {
        ApplicationId sent = recommended(1);
        OutgoingBatch batch = build.build(XUHUI, CALL);

        sign.signed(batch.header().id(), "batch-310104-0001-x.zip", FIRST_PACKAGE, "CN=310104");

        assertThat(site.batches.find(batch.header().id()).orElseThrow().state()).isEqualTo(OutgoingBatch.State.SIGNED);
        assertThat(site.reviews.find(sent).orElseThrow().sentIn()).contains(batch.header().id());
        assertThat(site.audit.actions()).endsWith("batch.signed");
        assertThatThrownBy(() -> build.build(XUHUI, CALL)).as("nothing new to send")
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("batch-empty");

        recommended(1);
        OutgoingBatch next = build.build(XUHUI, CALL);
        assertThat(next.header().sequence()).isEqualTo(2);
        assertThat(next.header().previous()).contains(FIRST_PACKAGE);
    }

    @Test
    void refuses_to_sign_a_batch_whose_rank_changed_after_it_was_built() throws ReviewRefusedException {
        ApplicationId a = recommended(1);
        ApplicationId b = recommended(2);
        OutgoingBatch batch = build.build(XUHUI, CALL);
        record.record(CLERK, XUHUI, a, CALL, "同意推荐（第 1 位）。", true, 2);
        record.record(CLERK, XUHUI, b, CALL, "同意推荐（第 2 位）。", true, 1);

        assertThatThrownBy(() -> sign.signed(batch.header().id(), "p.zip", FIRST_PACKAGE, "CN=310104"))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("batch-review-changed");
        assertThat(site.reviews.find(a).orElseThrow().isSent()).isFalse();
    }

    @Test
    void refuses_to_sign_a_batch_twice() throws ReviewRefusedException {
        recommended(1);
        OutgoingBatch batch = build.build(XUHUI, CALL);
        sign.signed(batch.header().id(), "p.zip", FIRST_PACKAGE, "CN=310104");

        assertThatThrownBy(() -> sign.signable(batch.header().id()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("batch-not-built");
    }

    @Test
    void a_failed_delivery_keeps_the_batch_signed_with_its_error_and_a_delivered_one_is_sent() throws ReviewRefusedException {
        recommended(1);
        OutgoingBatch batch = build.build(XUHUI, CALL);
        sign.signed(batch.header().id(), "p.zip", FIRST_PACKAGE, "CN=310104");

        OutgoingBatch failed = delivery.record(batch.header().id(), 5, "inbox/p.zip", "sftp-unreachable", "connection refused");
        assertThat(failed.state()).isEqualTo(OutgoingBatch.State.SIGNED);
        assertThat(failed.lastDelivery().orElseThrow().errorId()).isEqualTo("sftp-unreachable");

        OutgoingBatch sent = delivery.record(batch.header().id(), 1, "inbox/p.zip", null, null);
        assertThat(sent.state()).isEqualTo(OutgoingBatch.State.SENT);
        assertThat(sent.lastDelivery().orElseThrow().delivered()).isTrue();
        assertThat(site.audit.actions()).endsWith("batch.delivery-failed", "batch.sent");
        assertThatThrownBy(() -> delivery.sendable(batch.header().id())).as("delivered once")
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("batch-not-signed");
    }

    @Test
    void refuses_to_send_a_batch_that_is_not_signed() throws ReviewRefusedException {
        recommended(1);
        OutgoingBatch batch = build.build(XUHUI, CALL);

        assertThatThrownBy(() -> delivery.record(batch.header().id(), 1, "inbox/p.zip", null, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("batch-not-signed");
    }

    @Test
    void a_refused_batch_frees_its_applications_and_the_next_batch_takes_its_sequence_after_the_last_accepted_one()
            throws ReviewRefusedException {
        ApplicationId firstApplication = recommended(1);
        OutgoingBatch first = build.build(XUHUI, CALL);
        sign.signed(first.header().id(), "batch-1.zip", FIRST_PACKAGE, "CN=310104");
        delivery.record(first.header().id(), 1, "inbox/batch-1.zip", null, null);
        assertThat(receipts.record(XUHUI, FIRST_PACKAGE, true, java.util.List.of()).orElseThrow().state())
                .isEqualTo(OutgoingBatch.State.ACCEPTED);
        assertThat(site.reviews.find(firstApplication).orElseThrow().isSent()).as("accepted stays sent").isTrue();

        ApplicationId second = recommended(1);
        OutgoingBatch refused = build.build(XUHUI, CALL);
        Sha256 refusedPackage = Sha256.of("refused package");
        sign.signed(refused.header().id(), "batch-2.zip", refusedPackage, "CN=310104");
        delivery.record(refused.header().id(), 1, "inbox/batch-2.zip", null, null);

        OutgoingBatch answered = receipts.record(XUHUI, refusedPackage, false, java.util.List.of()).orElseThrow();

        assertThat(answered.state()).isEqualTo(OutgoingBatch.State.REFUSED);
        assertThat(site.reviews.find(second).orElseThrow().isSent()).as("freed for a later batch").isFalse();
        assertThat(site.audit.actions()).endsWith("batch.refused", "preliminary-review.released");
        OutgoingBatch again = build.build(XUHUI, CALL);
        assertThat(again.header().sequence()).as("the refused sequence is taken again").isEqualTo(2);
        assertThat(again.header().previous()).as("after the last accepted package").contains(FIRST_PACKAGE);
        assertThat(again.batch().items()).extracting(BatchItem::applicationId).containsExactly(second);

        int audited = site.audit.actions().size();
        assertThat(receipts.record(XUHUI, refusedPackage, false, java.util.List.of())).isPresent();
        assertThat(site.audit.actions()).as("the same receipt again changes nothing").hasSize(audited);
        assertThat(receipts.record(XUHUI, Sha256.of("a package sent with the CLI"), true, java.util.List.of())).isEmpty();
        assertThat(receipts.record(XUHUI, refusedPackage, true, java.util.List.of()).orElseThrow().state())
                .as("a later receipt for the same package (a re-run) does not overturn the first").isEqualTo(OutgoingBatch.State.REFUSED);
        assertThat(site.audit.actions()).hasSize(audited);
    }

    @Test
    void an_item_refused_inside_an_accepted_batch_is_freed_and_the_others_stay_sent() throws ReviewRefusedException {
        ApplicationId kept = recommended(1);
        ApplicationId refusedItem = recommended(2);
        OutgoingBatch batch = build.build(XUHUI, CALL);
        sign.signed(batch.header().id(), "batch-1.zip", FIRST_PACKAGE, "CN=310104");
        BatchItem second = batch.batch().items().get(1);

        receipts.record(XUHUI, FIRST_PACKAGE, true, java.util.List.of(second.itemId()));

        assertThat(site.batches.find(batch.header().id()).orElseThrow().state()).isEqualTo(OutgoingBatch.State.ACCEPTED);
        assertThat(site.reviews.find(kept).orElseThrow().isSent()).isTrue();
        assertThat(site.reviews.find(refusedItem).orElseThrow().isSent()).isFalse();
    }
}
