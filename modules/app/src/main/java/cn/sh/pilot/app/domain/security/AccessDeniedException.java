package cn.sh.pilot.app.domain.security;

/**
 * The caller may not see or change the record. The web console answers 403 with a "无权访问" page,
 * the REST API answers 403; the transaction rolls back.
 */
public class AccessDeniedException extends RuntimeException {

    private final String reason;

    public AccessDeniedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable kebab-case id, e.g. {@code not-your-recommender}. */
    public String reason() {
        return reason;
    }
}
