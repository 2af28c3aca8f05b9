package cn.sh.pilot.intake.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of the applicant (table {@code intake_contact}). */
@Embeddable
public class StoredContact {

    @Column(name = "name")
    String name;
    @Column(name = "phone")
    String phone;
    @Column(name = "email")
    String email;
    @Column(name = "title")
    String title;
}
