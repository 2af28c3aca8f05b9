package cn.sh.pilot.app.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import java.time.Instant;
import java.util.List;

/**
 * Where decision notices (立项通知) go: one signed package per recommender and call, placed in that recommender's
 * {@code receipts/} folder when the transaction commits (the recommender site or CLI fetches it from there).
 */
public interface NoticeOutbox {

    /** Builds, validates and signs the notice of {@code items}; returns the file name it will have. */
    String place(RecommenderCode recipient, CallId call, List<ReviewItem> items, Instant issued) throws RefusedException;
}
