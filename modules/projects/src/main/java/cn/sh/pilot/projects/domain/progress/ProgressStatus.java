package cn.sh.pilot.projects.domain.progress;

/** The overall state a progress report declares ({@code pr:Status}). */
public enum ProgressStatus {
    /** 按计划推进 */
    ON_TRACK,
    /** 存在风险 */
    AT_RISK,
    /** 进度滞后 */
    DELAYED
}
