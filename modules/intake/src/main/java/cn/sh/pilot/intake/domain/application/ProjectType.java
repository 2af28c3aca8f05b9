package cn.sh.pilot.intake.domain.application;

/** §三: 一般项目 or 重点项目. */
public enum ProjectType {
    GENERAL("一般项目"),
    KEY("重点项目");

    private final String nameZh;

    ProjectType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
