package cn.sh.pilot.app.domain.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md §4. Names are the Jakarta Security group names. */
public enum Role {
    /** Works for one recommender (district bureau or industry department) and sees only its data. */
    RECOMMENDER_OPERATOR,
    MUNICIPAL_OPERATOR,
    EXPERT,
    APPROVER,
    ARCHIVIST,
    ADMIN;

    /** Roles of the municipal bureau's staff, who see every recommender. */
    public static final Set<Role> MUNICIPAL_STAFF = EnumSet.of(MUNICIPAL_OPERATOR, EXPERT, APPROVER, ARCHIVIST, ADMIN);

    /** Roles that may change any recommender's records. */
    public static final Set<Role> MAY_CHANGE_ANY_RECOMMENDER = EnumSet.of(MUNICIPAL_OPERATOR, ADMIN);
}
