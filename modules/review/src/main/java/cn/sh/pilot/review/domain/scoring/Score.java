package cn.sh.pilot.review.domain.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One expert's score sheet for one item: points per criterion code, a comment, when. */
public record Score(String expertUserId, Map<String, BigDecimal> points, String comment, Instant scoredAt) {

    public Score {
        Objects.requireNonNull(expertUserId, "expertUserId");
        Objects.requireNonNull(scoredAt, "scoredAt");
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        comment = comment == null ? "" : comment.strip();
    }
}
