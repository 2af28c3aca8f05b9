package cn.sh.pilot.review.domain.decision;

/** What a decision proposes: approve (立项) or reject (不予立项). */
public enum Outcome {
    APPROVE,
    REJECT
}
