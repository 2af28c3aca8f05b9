package cn.sh.pilot.projects.domain.project;

import java.util.Objects;
import java.util.Optional;

/**
 * What approval (立项, §四(一)) hands to projects: the shell translates review's approval event or a decision
 * notice's {@code Approved} item into this and calls {@link Project#open}.
 *
 * @param direction required for a key project, {@code null} for a general one without a key direction
 */
public record ProjectApproval(ProjectNumber number, String name, GuarantorCode guarantor, Applicant applicant,
                              ProjectType type, Direction direction, Term term) {

    public ProjectApproval {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(guarantor, "guarantor");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(term, "term");
    }

    public Optional<Direction> directionIfAny() {
        return Optional.ofNullable(direction);
    }
}
