package cn.sh.pilot.projects.domain.output;

/** Kinds of publicity and training (宣贯) activities (§一 推动标准的制定、宣贯、实施). */
public enum ActivityKind {
    /** 培训 */
    TRAINING,
    /** 宣传、宣讲 */
    PUBLICITY,
    /** 研讨会、交流会 */
    SEMINAR,
    /** 现场观摩 */
    SITE_VISIT,
    /** 其他 */
    OTHER
}
