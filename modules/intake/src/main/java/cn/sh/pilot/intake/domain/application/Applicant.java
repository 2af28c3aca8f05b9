package cn.sh.pilot.intake.domain.application;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The applying organisation as entered on the form. The credit code and district are kept as typed so that a
 * draft can hold mistakes; the eligibility policies judge them.
 *
 * @param creditCode             统一社会信用代码 as typed
 * @param registeredDistrictCode GB/T 2260 code of the district of registration, e.g. {@code 310115}
 */
public record Applicant(
        String name,
        String creditCode,
        String registeredDistrictCode,
        String address,
        String legalRepresentative,
        Contact contact,
        StandardizationCapacity capacity) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(registeredDistrictCode, "registeredDistrictCode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(capacity, "capacity");
    }

    /** The credit code, when it is a valid one. */
    public Optional<UnifiedSocialCreditCode> validCreditCode() {
        return UnifiedSocialCreditCode.problemWith(creditCode).isEmpty()
                ? Optional.of(new UnifiedSocialCreditCode(creditCode.strip().toUpperCase(Locale.ROOT)))
                : Optional.empty();
    }

    public Applicant withCreditCode(String code) {
        return new Applicant(name, code, registeredDistrictCode, address, legalRepresentative, contact, capacity);
    }

    public Applicant withRegisteredDistrictCode(String code) {
        return new Applicant(name, creditCode, code, address, legalRepresentative, contact, capacity);
    }

    public Applicant withCapacity(StandardizationCapacity newCapacity) {
        return new Applicant(name, creditCode, registeredDistrictCode, address, legalRepresentative, contact, newCapacity);
    }
}
