package cn.sh.pilot.intake.application;

/** The stable audit action ids intake writes; the entity type is always {@value #ENTITY}. */
public final class AuditActions {

    public static final String ENTITY = "application";

    public static final String DRAFTED = "application.drafted";
    public static final String IMPORTED = "application.imported";
    public static final String REVISED = "application.revised";
    public static final String SUBMITTED = "application.submitted";
    public static final String WITHDRAWN = "application.withdrawn";
    public static final String RECOMMENDED = "application.recommended";
    public static final String NOT_RECOMMENDED = "application.not-recommended";
    public static final String ATTACHMENT_ADDED = "application.attachment-added";
    public static final String ADVERSE_RECORD_ADDED = "application.adverse-record-added";
    public static final String ADVERSE_RECORD_REMOVED = "application.adverse-record-removed";
    public static final String OVERRIDE_RECORDED = "application.internal-standardization-override-recorded";
    public static final String OVERRIDE_REVOKED = "application.internal-standardization-override-revoked";

    private AuditActions() {
    }
}
