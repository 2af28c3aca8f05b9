package cn.sh.pilot.review.domain.batch;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.batch.ChainCheck.Outcome;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.Sha256;

class BatchChainPolicyTest {

    private final BatchChainPolicy policy = new BatchChainPolicy();

    private static final ChainLink FIRST = new ChainLink(1, BatchId.newId(), Sha256.of("package 1"));
    private static final ChainLink SECOND = new ChainLink(2, BatchId.newId(), Sha256.of("package 2"));
    private static final BatchChain TWO_ACCEPTED = new BatchChain(XUHUI, List.of(SECOND, FIRST));

    private static BatchHeader header(BatchId id, int sequence, Sha256 previous) {
        return new BatchHeader(id, XUHUI, CALL, sequence, previous, NOW, 1);
    }

    private static BatchHeader header(int sequence, Sha256 previous) {
        return header(BatchId.newId(), sequence, previous);
    }

    @Test
    void accepts_a_first_batch_with_sequence_one_and_no_previous_digest() {
        ChainCheck check = policy.check(BatchChain.empty(XUHUI), header(1, null), Sha256.of("new"));
        assertThat(check.isNext()).isTrue();
        assertThat(check.error()).isEmpty();
    }

    @Test
    void refuses_a_first_batch_that_does_not_start_at_one() {
        ChainCheck check = policy.check(BatchChain.empty(XUHUI), header(2, Sha256.of("x")), Sha256.of("new"));
        assertThat(check.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_FIRST_NOT_ONE);
    }

    @Test
    void refuses_a_first_batch_that_names_a_previous_digest() {
        ChainCheck check = policy.check(BatchChain.empty(XUHUI), header(1, Sha256.of("x")), Sha256.of("new"));
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_FIRST_HAS_PREVIOUS);
    }

    @Test
    void accepts_the_next_batch_naming_the_last_accepted_package() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(3, SECOND.packageDigest()), Sha256.of("package 3"));
        assertThat(check.isNext()).isTrue();
    }

    @Test
    void refuses_a_batch_that_skips_a_sequence_number() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(4, Sha256.of("package 3")), Sha256.of("package 4"));
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_GAP);
        assertThat(check.refusal().detail()).contains("expected sequence 3");
    }

    @Test
    void answers_a_replayed_package_as_a_duplicate_without_importing_it() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(SECOND.batchId(), 2, FIRST.packageDigest()),
                SECOND.packageDigest());
        assertThat(check.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(check.error()).contains(ReviewError.BATCH_DUPLICATE);
    }

    @Test
    void answers_a_replay_of_an_older_batch_as_a_duplicate() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(FIRST.batchId(), 1, null), FIRST.packageDigest());
        assertThat(check.outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void refuses_other_content_under_an_accepted_sequence_number_as_a_fork() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(2, FIRST.packageDigest()), Sha256.of("rewritten 2"));
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_FORK);
    }

    @Test
    void refuses_a_next_batch_whose_previous_digest_is_not_the_last_accepted_package() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(3, Sha256.of("some other package")), Sha256.of("package 3"));
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_FORK);
    }

    @Test
    void refuses_a_next_batch_without_a_previous_digest() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(3, null), Sha256.of("package 3"));
        assertThat(check.error()).contains(ReviewError.BATCH_CHAIN_FORK);
    }

    @Test
    void refuses_an_accepted_batch_id_reused_for_other_content() {
        ChainCheck check = policy.check(TWO_ACCEPTED, header(SECOND.batchId(), 3, SECOND.packageDigest()),
                Sha256.of("package 3"));
        assertThat(check.error()).contains(ReviewError.BATCH_ID_REUSED);
    }
}
