package cn.sh.pilot.cli.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.contracts.error.RefusedException;

/**
 * Every problem found while preparing a batch, so that a clerk sees all of them at once: each with its stable error id,
 * where it is (file, line/column, application) and what to do, in Chinese and English.
 */
final class Problems {

    private record Problem(String id, String where, String zh, String en) {
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(ErrorId error, String where, String detail) {
        String suffix = detail == null || detail.isBlank() ? "" : detail;
        problems.add(new Problem(error.id(), where, error.zh() + (suffix.isEmpty() ? "" : "（" + suffix + "）"),
                error.en() + (suffix.isEmpty() ? "" : " (" + suffix + ")")));
    }

    void add(RefusedException refused, String where) {
        add(refused.error(), where, refused.detail());
    }

    /** A refusal whose messages already carry their detail (intake's and review's {@code Refusal}). */
    void add(String id, String where, String zh, String en) {
        problems.add(new Problem(id, where, zh, en));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    void print(PrintWriter out) {
        for (Problem p : problems) {
            out.println("  [" + p.id() + "] " + p.where());
            out.println("        " + p.zh());
            out.println("        " + p.en());
        }
    }
}
