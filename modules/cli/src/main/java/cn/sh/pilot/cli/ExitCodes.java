package cn.sh.pilot.cli;

/** The exit codes every command uses. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A package (or its input) was refused: a verification failed or a rule was broken. */
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    /** Anything else: a missing file, a wrong password, an I/O error. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
