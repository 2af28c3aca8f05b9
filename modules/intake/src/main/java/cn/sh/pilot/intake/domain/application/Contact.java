package cn.sh.pilot.intake.domain.application;

import java.util.Objects;

/** The applicant's contact person for this application. */
public record Contact(String name, String phone, String email) {

    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        email = email == null ? "" : email;
    }
}
