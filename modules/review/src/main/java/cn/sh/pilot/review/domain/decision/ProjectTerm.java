package cn.sh.pilot.review.domain.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's term (项目期限, §四(三): "项目期限为2年" from approval), both days inclusive. It starts on
 * the approval date (Asia/Shanghai) and ends on the day before the same date {@code termMonths}
 * later: approved 2023-07-20 → 2023-07-20 … 2025-07-19, exactly two years, as in the sample decision
 * notice. (End = start + 24 months would make a term of two years and one day.)
 *
 * <p>Computed as start + months − 1 day, the same rule as the projects module's {@code Term}
 * (whose opening policy refuses any other end). On a 29 February start this gives 27 February two
 * years on; counting as 民法典 第二百零三条 does would give the 28th — a joint change with projects if wanted.
 */
public record ProjectTerm(LocalDate start, LocalDate end) {

    public ProjectTerm {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a term ends after it starts: " + start + " … " + end);
        }
    }

    public static ProjectTerm from(LocalDate approvalDate, int termMonths) {
        if (termMonths < 1) {
            throw new IllegalArgumentException("a term lasts at least a month: " + termMonths);
        }
        return new ProjectTerm(approvalDate, approvalDate.plusMonths(termMonths).minusDays(1));
    }
}
