package cn.sh.pilot.intake.domain.application;

/**
 * §二(二): the applicant's standardization body (标准化管理机构) and its full-time and part-time standardization staff.
 *
 * @param bodyExists whether the applicant declares a standardization body (the document's {@code Exists})
 * @param bodyName   the unit or department in charge of standardization; may be blank even when one exists
 *                   (the document makes the name optional)
 */
public record StandardizationCapacity(boolean bodyExists, String bodyName, int fullTimeStaff, int partTimeStaff) {

    public StandardizationCapacity {
        bodyName = bodyName == null ? "" : bodyName.strip();
        if (fullTimeStaff < 0 || partTimeStaff < 0) {
            throw new IllegalArgumentException("staff counts are not negative");
        }
    }

    /** As entered on the form: a body exists when it is named. */
    public StandardizationCapacity(String bodyName, int fullTimeStaff, int partTimeStaff) {
        this(bodyName != null && !bodyName.isBlank(), bodyName, fullTimeStaff, partTimeStaff);
    }

    public boolean hasBody() {
        return bodyExists;
    }

    public int staff() {
        return fullTimeStaff + partTimeStaff;
    }
}
