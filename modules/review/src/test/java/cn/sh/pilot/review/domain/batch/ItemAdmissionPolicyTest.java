package cn.sh.pilot.review.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemAdmissionPolicyTest {

    private static final CallId CALL_2023 = new CallId("2023-139");
    private static final CallId CALL_2024 = new CallId("2024-1");
    private final ItemAdmissionPolicy policy = new ItemAdmissionPolicy(
            call -> Optional.ofNullable(Map.of(CALL_2023, LocalDate.of(2023, 5, 15)).get(call)));

    private static Instant shanghai(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    private List<ReviewError> errors(CallId itemCall, Instant submitted, boolean recommended) {
        return policy.check(CALL_2023, itemCall, submitted, recommended).stream().map(Refusal::error).toList();
    }

    @Test
    void admits_a_recommended_item_of_the_batch_call_submitted_on_the_last_day_in_shanghai() {
        assertThat(errors(CALL_2023, shanghai("2023-05-15T23:59:59"), true)).isEmpty();
    }

    @Test
    void refuses_an_item_submitted_after_the_deadline_day_in_shanghai() {
        assertThat(errors(CALL_2023, shanghai("2023-05-16T00:00:00"), true))
                .containsExactly(ReviewError.ITEM_SUBMITTED_AFTER_DEADLINE);
    }

    @Test
    void refuses_an_item_of_another_and_unknown_call_with_both_reasons() {
        assertThat(errors(CALL_2024, shanghai("2023-05-01T09:00:00"), true))
                .containsExactly(ReviewError.ITEM_CALL_MISMATCH, ReviewError.ITEM_CALL_UNKNOWN);
    }

    @Test
    void refuses_an_item_the_recommender_does_not_recommend() {
        assertThat(errors(CALL_2023, shanghai("2023-05-01T09:00:00"), false)).containsExactly(ReviewError.ITEM_NOT_RECOMMENDED);
    }
}
