package cn.sh.pilot.intake.domain.application;

/** Where an application is in its life on the recommender site. */
public enum ApplicationState {
    /** Being filled in; the only state in which it can be edited. */
    DRAFT("草稿"),
    /** Submitted to the recommender; awaits the preliminary review (初审). */
    SUBMITTED("已提交"),
    /** Withdrawn by the applicant before the recommender decided. */
    WITHDRAWN("已撤回"),
    /** The recommender recommends it to the municipal bureau. */
    RECOMMENDED("已推荐"),
    /** The recommender does not recommend it. */
    NOT_RECOMMENDED("未推荐");

    private final String nameZh;

    ApplicationState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
