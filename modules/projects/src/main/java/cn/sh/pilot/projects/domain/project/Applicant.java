package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectsError;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The organisation running the pilot: its name and unified social credit code (GB 32100). Only the shape is
 * checked here; the check character was verified by intake before the project existed.
 */
public record Applicant(String name, String uscc) {

    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    public Applicant {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || uscc == null || !USCC.matcher(uscc).matches()) {
            throw new IllegalArgumentException("bad applicant: " + name + " / " + uscc);
        }
    }

    public static Applicant of(String name, String uscc) throws RefusedException {
        String code = uscc == null ? "" : uscc.strip();
        if (!USCC.matcher(code).matches()) {
            throw new RefusedException(ProjectsError.APPLICANT_USCC_MALFORMED, uscc);
        }
        return new Applicant(name, code);
    }
}
