package cn.sh.pilot.intake.domain.application;

/**
 * The kind of standardization pilot applied for. {@link #SOCIAL_MGMT_PUBLIC_SERVICE} is the one §二(三) restricts
 * to government-led bodies.
 */
public enum PilotKind {
    AGRICULTURE("农业标准化试点"),
    INDUSTRY("工业标准化试点"),
    SERVICE_INDUSTRY("服务业标准化试点"),
    SOCIAL_MGMT_PUBLIC_SERVICE("社会管理与公共服务综合标准化试点"),
    OTHER("其他标准化试点");

    private final String nameZh;

    PilotKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
