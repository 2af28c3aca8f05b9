package cn.sh.pilot.app.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ApprovedProject;
import cn.sh.pilot.review.api.ProjectApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Where review's approval (立项) meets projects (docs/adr/0001: the two never see each other): review's
 * {@link ProjectApproved} CDI event opens the project, in the transaction that confirmed the approval. A project that
 * cannot be opened (e.g. {@code term-not-two-years}) fails the approval with it — nothing half-written.
 */
@ApplicationScoped
public class ProjectApprovals {

    @Inject
    ProjectDesk desk;

    void onApproved(@Observes ProjectApproved approved) throws RefusedException {
        desk.open(new ApprovedProject(approved.projectNumber(), approved.projectName(), approved.guarantorCode(),
                approved.applicantName(), approved.applicantUscc(), approved.projectType(),
                approved.directionGroup(), approved.direction(), approved.termStart(), approved.termEnd(),
                approved.approvedAt(), approved.approvedBy()));
    }
}
