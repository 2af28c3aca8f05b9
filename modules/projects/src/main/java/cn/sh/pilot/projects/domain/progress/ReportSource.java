package cn.sh.pilot.projects.domain.progress;

/** How a progress report reached the municipal system. */
public enum ReportSource {
    /** A signed progress-report package from the guarantor. */
    PACKAGE,
    /** Typed in by a municipal operator from a paper report. */
    OPERATOR
}
