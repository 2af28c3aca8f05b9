package cn.sh.pilot.contracts.error;

import java.util.Objects;

/**
 * A refusal with a stable error id; the detail names the offending part (an entry, an element,
 * a field) in words a user can act on.
 */
public class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorId error;
    private final String detail;

    public RefusedException(ErrorId error, String detail) {
        this(error, detail, null);
    }

    public RefusedException(ErrorId error, String detail, Throwable cause) {
        super(error.id() + ": " + error.en() + (detail == null ? "" : " [" + detail + "]"), cause);
        this.error = Objects.requireNonNull(error);
        this.detail = detail;
    }

    public ErrorId error() {
        return error;
    }

    public String id() {
        return error.id();
    }

    /** What was refused, e.g. the entry name or the XPath of a field; may be null. */
    public String detail() {
        return detail;
    }
}
