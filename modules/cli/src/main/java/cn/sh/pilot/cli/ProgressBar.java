package cn.sh.pilot.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr. On a terminal, one bar {@code [#####.....] 1234/10000} redrawn in place
 * with {@code \r} (at most every 100 ms, and always at the end); otherwise — a log file, a pipe, a test — one plain
 * line per tenth of the way, so a redirected stderr stays readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private long lastDraw;
    private int drawnWidth;
    private long lastTenth = -1;

    ProgressBar(PrintWriter err, String label, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /**
     * A bar on {@code err}, drawn in place when the process runs on a terminal. Java 17 cannot ask about stderr
     * alone; {@code System.console()} (stdin and stdout on a terminal) is the closest, and errs towards plain lines.
     */
    public static ProgressBar on(PrintWriter err, String label) {
        return new ProgressBar(err, label, System.console() != null, System::nanoTime);
    }

    /** As {@link #on}, choosing the mode (for tests). */
    public static ProgressBar on(PrintWriter err, String label, boolean terminal, LongSupplier nanoTime) {
        return new ProgressBar(err, label, terminal, nanoTime);
    }

    /** {@code done} of {@code total} units are finished. */
    public void advanced(long done, long total) {
        if (terminal) {
            long now = nanoTime.getAsLong();
            if (drawnWidth == 0 || done >= total || now - lastDraw >= REDRAW_NANOS) {
                String bar = "\r" + label + " " + bar(done, total);
                err.print(bar);
                err.flush();
                drawnWidth = bar.length() - 1;
                lastDraw = now;
            }
            return;
        }
        long tenth = total <= 0 ? 10 : Math.min(10, done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(label + " " + done + "/" + total + " (" + tenth * 10 + "%)");
        }
    }

    /** Before other output reaches the same terminal: wipes the bar (the next {@link #advanced} draws it again). */
    public void clear() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth * 2) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** The bar is finished: ends its line on a terminal. */
    public void finish() {
        if (terminal && drawnWidth > 0) {
            err.println();
            drawnWidth = 0;
        }
    }

    static String bar(long done, long total) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
