package cn.sh.pilot.archive.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of verifying an export: every failure (each naming its file) and one summary line per
 * check that passed. Memory does not grow with the number of files that pass; a listener given to the
 * verifier sees every single check as it happens.
 *
 * @param bag      what was verified
 * @param checks   the summary and failure lines, in the order they were found
 * @param records  how many project records were examined
 */
public record ArchiveReport(Path bag, List<ArchiveCheck> checks, long records) {

    public ArchiveReport {
        checks = List.copyOf(checks);
    }

    /** Verified: at least one check ran and none failed. */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(ArchiveCheck::passed);
    }

    public List<ArchiveCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The files named by failed checks. */
    public List<String> failedSubjects() {
        return failures().stream().map(ArchiveCheck::subject).filter(s -> s != null).distinct().toList();
    }
}
