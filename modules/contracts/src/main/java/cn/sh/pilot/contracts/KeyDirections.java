package cn.sh.pilot.contracts;

import java.util.Optional;

import cn.sh.pilot.contracts.application.v1.KeyDirection;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;

/**
 * Reads a key project's direction without seven null checks: the XSD models the direction as a
 * choice of one group element holding that group's sub-direction code, so a sub-direction can
 * never be paired with the wrong group; this gives back the group code and the sub-direction code.
 */
public final class KeyDirections {

    private KeyDirections() {
    }

    /** A key direction as two stable codes, e.g. {@code SOCIAL_MGMT} / {@code CITY_DIGITAL_GOVERNANCE}. */
    public record Codes(DirectionGroup group, String subDirection) {
    }

    /** The codes of {@code direction}, or empty if no group element is set. */
    public static Optional<Codes> codes(KeyDirection direction) {
        if (direction == null) {
            return Optional.empty();
        }
        if (direction.getSocialManagement() != null) {
            return Optional.of(new Codes(DirectionGroup.SOCIAL_MGMT, direction.getSocialManagement().value()));
        }
        if (direction.getPublicService() != null) {
            return Optional.of(new Codes(DirectionGroup.PUBLIC_SERVICE, direction.getPublicService().value()));
        }
        if (direction.getTechManufacturing() != null) {
            return Optional.of(new Codes(DirectionGroup.TECH_MANUFACTURING, direction.getTechManufacturing().value()));
        }
        if (direction.getModernServices() != null) {
            return Optional.of(new Codes(DirectionGroup.MODERN_SERVICES, direction.getModernServices().value()));
        }
        if (direction.getEcoGreenYrd() != null) {
            return Optional.of(new Codes(DirectionGroup.ECO_GREEN_YRD, direction.getEcoGreenYrd().value()));
        }
        if (direction.getAgricultureRural() != null) {
            return Optional.of(new Codes(DirectionGroup.AGRICULTURE_RURAL, direction.getAgricultureRural().value()));
        }
        if (direction.getInternationalStandardization() != null) {
            return Optional.of(new Codes(DirectionGroup.INTERNATIONAL_STANDARDIZATION,
                    direction.getInternationalStandardization().value()));
        }
        return Optional.empty();
    }
}
