package cn.sh.pilot.intake.domain.application;

/** The level of a planned standard (§三(二)). */
public enum StandardLevel {
    INTERNATIONAL("国际标准", true),
    NATIONAL("国家标准", true),
    INDUSTRY("行业标准", true),
    LOCAL("地方标准", true),
    GROUP("团体标准", false),
    ENTERPRISE("企业标准", false);

    private final String nameZh;
    private final boolean majorByLevel;

    StandardLevel(String nameZh, boolean majorByLevel) {
        this.nameZh = nameZh;
        this.majorByLevel = majorByLevel;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether a standard of this level is a major output by its level alone; group and enterprise ones must be advanced. */
    public boolean majorByLevel() {
        return majorByLevel;
    }
}
