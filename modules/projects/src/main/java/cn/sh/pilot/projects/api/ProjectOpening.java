package cn.sh.pilot.projects.api;

import cn.sh.pilot.contracts.error.RefusedException;

/**
 * Opens a project from an approval (立项, notice §四(一)). The app's wiring calls it when review publishes an
 * approval, translating review's event into {@link ApprovedProject}: projects never sees review (docs/adr/0001).
 */
public interface ProjectOpening {

    /**
     * Opens the project in the caller's transaction, audited as {@code project.opened}. Opening the same number
     * again changes nothing (an approval delivered twice opens one project).
     *
     * @return true when a project was opened, false when it existed already
     * @throws RefusedException {@code project-number-malformed}, {@code guarantor-code-malformed},
     *                          {@code applicant-uscc-malformed}, {@code term-not-two-years}, {@code key-direction-missing}
     */
    boolean open(ApprovedProject approved) throws RefusedException;
}
