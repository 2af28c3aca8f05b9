package cn.sh.pilot.intake.domain.application;

import java.util.Objects;

/**
 * A contact person of the applicant for this application. Phone, e-mail and title are optional in the application
 * document; they are empty strings when not given.
 *
 * @param title the contact's position, e.g. 标准化主管
 */
public record Contact(String name, String phone, String email, String title) {

    public Contact {
        Objects.requireNonNull(name, "name");
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        title = title == null ? "" : title;
    }

    /** A contact without a title. */
    public Contact(String name, String phone, String email) {
        this(name, phone, email, "");
    }
}
