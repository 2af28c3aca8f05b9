package cn.sh.pilot.review.domain.shared;

/** The two project types of the call (§三): 一般项目 and 重点项目; same codes as the reference data. */
public enum ProjectType {
    GENERAL("一般项目", "General project"),
    KEY("重点项目", "Key project");

    private final String nameZh;
    private final String nameEn;

    ProjectType(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
