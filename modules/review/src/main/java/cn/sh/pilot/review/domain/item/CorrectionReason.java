package cn.sh.pilot.review.domain.item;

import java.util.Objects;

/** What the recommender must correct: the failed check's code and its text with the operator's note. */
public record CorrectionReason(String code, String zh, String en) {

    public CorrectionReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
