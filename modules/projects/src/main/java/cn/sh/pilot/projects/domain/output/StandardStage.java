package cn.sh.pilot.projects.domain.output;

/**
 * A standard's stage of development after GB/T 16733, in order — the same values as {@code cm:StandardStage}, so
 * reports and acceptance applications map one to one. The four stages the console names first are
 * {@link #APPROVED_FOR_DRAFTING} 立项, {@link #CONSULTATION} 征求意见, {@link #PUBLISHED} 发布 and
 * {@link #IMPLEMENTED} 实施; the others lie between them.
 */
public enum StandardStage {
    /** 预阶段 */
    PRELIMINARY("预阶段"),
    /** 立项 */
    APPROVED_FOR_DRAFTING("立项"),
    /** 起草 */
    DRAFTING("起草"),
    /** 征求意见 */
    CONSULTATION("征求意见"),
    /** 审查 */
    TECHNICAL_REVIEW("审查"),
    /** 报批 */
    SUBMITTED_FOR_APPROVAL("报批"),
    /** 发布 */
    PUBLISHED("发布"),
    /** 实施 */
    IMPLEMENTED("实施");

    private final String zh;

    StandardStage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** From this stage on a standard has a number. */
    public boolean isPublished() {
        return compareTo(PUBLISHED) >= 0;
    }

    public boolean isBefore(StandardStage other) {
        return compareTo(other) < 0;
    }
}
