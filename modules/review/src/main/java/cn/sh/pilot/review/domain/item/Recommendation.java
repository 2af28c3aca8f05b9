package cn.sh.pilot.review.domain.item;

import java.time.LocalDate;
import java.util.Objects;

/** The recommender's opinion on an imported item (推荐部门意见), as received. */
public record Recommendation(String opinion, boolean recommended, String reviewerName, String reviewerTitle,
        LocalDate date) {

    public Recommendation {
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(reviewerName, "reviewerName");
        Objects.requireNonNull(date, "date");
    }
}
