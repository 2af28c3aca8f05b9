package cn.sh.pilot.projects.application;

import cn.sh.pilot.projects.domain.output.OutputRegistry;
import cn.sh.pilot.projects.domain.output.PublicityActivity;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.time.LocalDate;

/**
 * Where a project's standard outputs and publicity/training activities are kept: every registration or stage change
 * (the standard as stated then, and the day it reached that stage) and every activity, in order; reading replays
 * them through {@link OutputRegistry}.
 */
public interface OutputJournal {

    OutputRegistry load(ProjectNumber project);

    void appendChange(ProjectNumber project, StandardStatus status, LocalDate date);

    void appendActivity(ProjectNumber project, PublicityActivity activity);
}
