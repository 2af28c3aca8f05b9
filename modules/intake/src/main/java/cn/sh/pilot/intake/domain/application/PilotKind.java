package cn.sh.pilot.intake.domain.application;

/**
 * The kind of standardization pilot applied for. {@link #SOCIAL_MGMT_PUBLIC_SERVICE} is the one §二(三) restricts
 * to government-led bodies.
 *
 * <p>One-to-one with the application document's code list {@code cm:PilotKind}, value for value and name for name,
 * so every application can be exchanged whatever its kind.
 */
public enum PilotKind {
    AGRICULTURE("农业农村标准化试点"),
    INDUSTRY("工业标准化试点"),
    SERVICE("服务业标准化试点"),
    SOCIAL_MGMT_PUBLIC_SERVICE("社会管理与公共服务综合标准化试点"),
    ECO_GREEN("生态绿色标准化试点"),
    INTERNATIONAL("国际标准化试点");

    private final String nameZh;

    PilotKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
