package cn.sh.pilot.intake.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A planned standard output of the project (table {@code intake_planned_standard}). */
@Embeddable
public class StoredPlannedStandard {

    @Column(name = "standard_level")
    String level;
    @Column(name = "title")
    String title;
    @Column(name = "planned_year")
    int plannedYear;
    @Column(name = "advanced")
    boolean advanced;
}
