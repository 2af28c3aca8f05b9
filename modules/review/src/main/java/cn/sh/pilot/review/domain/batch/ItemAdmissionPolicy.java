package cn.sh.pilot.review.domain.batch;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The municipal side's rules for one item of an incoming batch (notice §四(二), §五(三)): the item's
 * call is the batch's call and a known one, the application was submitted by the end of the call's
 * deadline day (Asia/Shanghai), and the recommender recommends it. Returns every refusal, so the
 * receipt names all that is wrong with an item at once.
 */
public final class ItemAdmissionPolicy {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Function<CallId, Optional<LocalDate>> deadlines;

    /** @param deadlines the last day of each known call (empty for an unknown call) */
    public ItemAdmissionPolicy(Function<CallId, Optional<LocalDate>> deadlines) {
        this.deadlines = deadlines;
    }

    public List<Refusal> check(CallId batchCall, CallId itemCall, Instant submitted, boolean recommended) {
        List<Refusal> refusals = new ArrayList<>();
        if (!itemCall.equals(batchCall)) {
            refusals.add(Refusal.of(ReviewError.ITEM_CALL_MISMATCH, "item " + itemCall.value() + ", batch " + batchCall.value()));
        }
        Optional<LocalDate> deadline = deadlines.apply(itemCall);
        if (deadline.isEmpty()) {
            refusals.add(Refusal.of(ReviewError.ITEM_CALL_UNKNOWN, itemCall.value()));
        } else if (!submitted.isBefore(deadline.get().plusDays(1).atStartOfDay(SHANGHAI).toInstant())) {
            refusals.add(Refusal.of(ReviewError.ITEM_SUBMITTED_AFTER_DEADLINE, "submitted "
                    + submitted.atZone(SHANGHAI).toLocalDateTime() + ", deadline " + deadline.get()));
        }
        if (!recommended) {
            refusals.add(Refusal.of(ReviewError.ITEM_NOT_RECOMMENDED, null));
        }
        return refusals;
    }
}
