package cn.sh.pilot.acceptance.domain.evaluation;

import java.util.Objects;

/**
 * What acceptance needs to know about the project, handed over by the shell from the projects module: who applied
 * (for conflicts of interest), who guarantees it (who may apply; conflicts), and whether it is a key project
 * (benchmarks, §一).
 */
public record ProjectFacts(ProjectNumber number, String applicantName, String applicantUscc, String guarantorCode,
                           boolean keyProject) {

    public ProjectFacts {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(applicantUscc, "applicantUscc");
        Objects.requireNonNull(guarantorCode, "guarantorCode");
    }
}
