package cn.sh.pilot.projects.domain.output;

/** A standard's level (§三(二)), as {@code cm:StandardLevel}. */
public enum StandardLevel {
    /** 国际标准 */
    INTERNATIONAL,
    /** 国家标准 */
    NATIONAL,
    /** 行业标准 */
    INDUSTRY,
    /** 地方标准 */
    LOCAL,
    /** 团体标准 */
    GROUP,
    /** 企业标准 */
    ENTERPRISE
}
