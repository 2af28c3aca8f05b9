package cn.sh.pilot.archive.api;

/** Progress of an export or a verification: {@code done} of {@code total} projects. Called from the working thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advanced(long done, long total);
}
