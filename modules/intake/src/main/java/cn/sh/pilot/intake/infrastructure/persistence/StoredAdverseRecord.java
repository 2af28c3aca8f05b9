package cn.sh.pilot.intake.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A §二(五) record of the applicant (table {@code intake_adverse_record}). */
@Embeddable
public class StoredAdverseRecord {

    @Column(name = "kind")
    String kind;
    @Column(name = "record_date")
    LocalDate date;
    @Column(name = "issuer")
    String issuer;
    @Column(name = "description")
    String description;
}
