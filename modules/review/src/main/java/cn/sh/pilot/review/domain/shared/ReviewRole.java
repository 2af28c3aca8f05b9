package cn.sh.pilot.review.domain.shared;

/** The roles review's rules look at; the names equal the app's security roles. */
public enum ReviewRole {
    MUNICIPAL_OPERATOR,
    EXPERT,
    APPROVER
}
