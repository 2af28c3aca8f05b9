package cn.sh.pilot.acceptance.domain;

/** What a user may do here; the shell maps its security roles onto these. */
public enum Role {
    /** Records, assigns, proposes. */
    OPERATOR,
    /** Decides (the second pair of eyes). */
    APPROVER
}
