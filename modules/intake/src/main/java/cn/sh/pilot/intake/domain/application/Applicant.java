package cn.sh.pilot.intake.domain.application;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The applying organisation as entered on the form. The credit code and district are kept as typed so that a
 * draft can hold mistakes; the eligibility policies judge them.
 *
 * @param creditCode             统一社会信用代码 as typed
 * @param registeredDistrictCode GB/T 2260 code of the district of registration, e.g. {@code 310115}
 * @param postalCode             邮政编码 of the address; empty when not given
 * @param contacts               the project contacts, at least one; the first is the main contact (the application
 *                               document allows up to three)
 */
public record Applicant(
        String name,
        String creditCode,
        String registeredDistrictCode,
        String address,
        String postalCode,
        String legalRepresentative,
        List<Contact> contacts,
        StandardizationCapacity capacity) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(registeredDistrictCode, "registeredDistrictCode");
        Objects.requireNonNull(address, "address");
        postalCode = postalCode == null ? "" : postalCode;
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        contacts = List.copyOf(contacts);
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("an applicant names at least one contact");
        }
        Objects.requireNonNull(capacity, "capacity");
    }

    /** An applicant with one contact and no postal code. */
    public Applicant(String name, String creditCode, String registeredDistrictCode, String address,
                     String legalRepresentative, Contact contact, StandardizationCapacity capacity) {
        this(name, creditCode, registeredDistrictCode, address, "", legalRepresentative, List.of(contact), capacity);
    }

    /** The main contact (the first one). */
    public Contact contact() {
        return contacts.get(0);
    }

    /** The credit code, when it is a valid one. */
    public Optional<UnifiedSocialCreditCode> validCreditCode() {
        return UnifiedSocialCreditCode.problemWith(creditCode).isEmpty()
                ? Optional.of(new UnifiedSocialCreditCode(creditCode.strip().toUpperCase(Locale.ROOT)))
                : Optional.empty();
    }

    public Applicant withCreditCode(String code) {
        return new Applicant(name, code, registeredDistrictCode, address, postalCode, legalRepresentative, contacts, capacity);
    }

    public Applicant withRegisteredDistrictCode(String code) {
        return new Applicant(name, creditCode, code, address, postalCode, legalRepresentative, contacts, capacity);
    }

    public Applicant withPostalCode(String code) {
        return new Applicant(name, creditCode, registeredDistrictCode, address, code, legalRepresentative, contacts, capacity);
    }

    public Applicant withContacts(List<Contact> value) {
        return new Applicant(name, creditCode, registeredDistrictCode, address, postalCode, legalRepresentative, value, capacity);
    }

    public Applicant withCapacity(StandardizationCapacity newCapacity) {
        return new Applicant(name, creditCode, registeredDistrictCode, address, postalCode, legalRepresentative, contacts, newCapacity);
    }
}
