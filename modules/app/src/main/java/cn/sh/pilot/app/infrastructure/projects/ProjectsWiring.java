package cn.sh.pilot.app.infrastructure.projects;

import cn.sh.pilot.acceptance.application.AcceptanceService;
import cn.sh.pilot.acceptance.infrastructure.persistence.JpaEvaluationJournal;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.infrastructure.persistence.JpaOutputJournal;
import cn.sh.pilot.projects.infrastructure.persistence.JpaProgressReports;
import cn.sh.pilot.projects.infrastructure.persistence.JpaProjects;
import cn.sh.pilot.projects.infrastructure.persistence.JpaReminderLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/** Builds projects' and acceptance's plain classes from the transaction-scoped entity manager, the audit log and the site clock. */
@ApplicationScoped
public class ProjectsWiring {

    @PersistenceContext(unitName = "pilot")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Produces
    ProjectService projectService() {
        return new ProjectService(new JpaProjects(em), new JpaProgressReports(em), new JpaReminderLog(em), new JpaOutputJournal(em), audit, clock);
    }

    @Produces
    AcceptanceService acceptanceService() {
        return new AcceptanceService(new JpaEvaluationJournal(em), audit, clock);
    }
}
