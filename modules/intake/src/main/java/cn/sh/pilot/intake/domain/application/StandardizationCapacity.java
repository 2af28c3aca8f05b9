package cn.sh.pilot.intake.domain.application;

/**
 * §二(二): the applicant's standardization body (标准化管理机构) and its full-time and part-time standardization staff.
 *
 * @param bodyName the unit or department in charge of standardization; blank when there is none
 */
public record StandardizationCapacity(String bodyName, int fullTimeStaff, int partTimeStaff) {

    public StandardizationCapacity {
        bodyName = bodyName == null ? "" : bodyName.strip();
        if (fullTimeStaff < 0 || partTimeStaff < 0) {
            throw new IllegalArgumentException("staff counts are not negative");
        }
    }

    public boolean hasBody() {
        return !bodyName.isEmpty();
    }

    public int staff() {
        return fullTimeStaff + partTimeStaff;
    }
}
