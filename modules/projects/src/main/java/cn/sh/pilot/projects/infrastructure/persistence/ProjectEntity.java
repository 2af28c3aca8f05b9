package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.domain.project.Applicant;
import cn.sh.pilot.projects.domain.project.Direction;
import cn.sh.pilot.projects.domain.project.Extension;
import cn.sh.pilot.projects.domain.project.GuarantorCode;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectApproval;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.domain.project.ProjectType;
import cn.sh.pilot.projects.domain.project.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** One project ({@code project}); the domain's version is stored and checked on save. */
@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    @Column(name = "project_number", length = 20)
    private String number;
    @Column(name = "project_name", nullable = false, length = 200)
    private String name;
    @Column(name = "guarantor_code", nullable = false, length = 16)
    private String guarantor;
    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;
    @Column(name = "applicant_uscc", nullable = false, length = 18)
    private String applicantUscc;
    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 16)
    private ProjectType type;
    @Column(name = "direction_group", length = 40)
    private String directionGroup;
    @Column(name = "direction", length = 80)
    private String direction;
    @Column(name = "approved_start", nullable = false)
    private LocalDate approvedStart;
    @Column(name = "approved_end", nullable = false)
    private LocalDate approvedEnd;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    private ProjectState state;
    @Column(name = "version", nullable = false)
    private long version;

    protected ProjectEntity() {
    }

    ProjectEntity(String number) {
        this.number = number;
    }

    String number() {
        return number;
    }

    long version() {
        return version;
    }

    void copy(Project p) {
        ProjectApproval a = p.approval();
        name = a.name();
        guarantor = a.guarantor().value();
        applicantName = a.applicant().name();
        applicantUscc = a.applicant().uscc();
        type = a.type();
        directionGroup = a.directionIfAny().map(Direction::group).orElse(null);
        direction = a.directionIfAny().map(Direction::subDirection).orElse(null);
        approvedStart = a.term().start();
        approvedEnd = a.term().end();
        termEnd = p.term().end();
        state = p.state();
        version = p.version();
    }

    Project toDomain(List<Extension> extensions) {
        ProjectApproval approval = new ProjectApproval(new ProjectNumber(number), name, new GuarantorCode(guarantor),
                new Applicant(applicantName, applicantUscc), type,
                directionGroup == null ? null : new Direction(directionGroup, direction),
                new Term(approvedStart, approvedEnd));
        return Project.restore(approval, new Term(approvedStart, termEnd), state, extensions, version);
    }
}
