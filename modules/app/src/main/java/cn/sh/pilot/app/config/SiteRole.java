package cn.sh.pilot.app.config;

/** Which side of the exchange this deployment runs (DESIGN.md §1). */
public enum SiteRole {
    /** 市市场监管局: import, review, approval, projects, acceptance, archive. */
    MUNICIPAL,
    /** A district bureau or industry department: intake, preliminary review, sending batches. */
    RECOMMENDER
}
