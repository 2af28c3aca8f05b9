package cn.sh.pilot.app.application;

/**
 * A requested change breaks a rule; nothing was changed. {@link #reason()} is a stable id that the console
 * translates ({@code error.<reason>} in the message bundles).
 */
public class ChangeRefusedException extends RuntimeException {

    private final String reason;

    public ChangeRefusedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
