package cn.sh.pilot.intake.domain.application;

import java.time.LocalDate;
import java.util.Objects;

/**
 * §三(四): the industry department (行业主管部门) recognises the project and will help carry it out.
 *
 * @param departmentCode e.g. {@code DJXW} (reference data)
 */
public record Endorsement(String departmentCode, String departmentName, String opinion, LocalDate date) {

    public Endorsement {
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(date, "date");
    }

    /** Whether department, opinion and date are all given. */
    public boolean isComplete() {
        return !departmentCode.isBlank() && !opinion.isBlank();
    }
}
