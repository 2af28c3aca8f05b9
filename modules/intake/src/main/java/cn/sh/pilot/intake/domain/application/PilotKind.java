package cn.sh.pilot.intake.domain.application;

/**
 * The kind of standardization pilot applied for. {@link #SOCIAL_MGMT_PUBLIC_SERVICE} is the one §二(三) restricts
 * to government-led bodies.
 *
 * <p>The application document ({@code cm:PilotKind}) knows AGRICULTURE, INDUSTRY, SERVICE (here
 * {@link #SERVICE_INDUSTRY}), SOCIAL_MGMT_PUBLIC_SERVICE, ECO_GREEN and INTERNATIONAL; {@link #OTHER} has no
 * counterpart there and cannot be exchanged.
 */
public enum PilotKind {
    AGRICULTURE("农业农村标准化试点"),
    INDUSTRY("工业标准化试点"),
    SERVICE_INDUSTRY("服务业标准化试点"),
    SOCIAL_MGMT_PUBLIC_SERVICE("社会管理与公共服务综合标准化试点"),
    ECO_GREEN("生态绿色标准化试点"),
    INTERNATIONAL("国际标准化试点"),
    /** Not in the application document's code list: an application of this kind cannot be written as XML. */
    OTHER("其他标准化试点");

    private final String nameZh;

    PilotKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
