package cn.sh.pilot.review.infrastructure.xml;

import java.util.Map;
import java.util.Optional;

import cn.sh.pilot.contracts.application.v1.KeyDirection;

/**
 * Translates the application schema's key direction (one element per group, an enumeration per
 * sub-direction) into the reference data's codes ({@code key_direction_group.code},
 * {@code key_direction.code}), which review works with. Most codes agree; the table lists those
 * that do not. A schema "…_OTHER" direction has no reference row: the item keeps its group and no
 * sub-direction.
 */
final class KeyDirectionCodes {

    private static final Map<String, String> DIRECTION = Map.ofEntries(
            Map.entry("WATER_AND_OCEAN", "WATER_OCEAN"),
            Map.entry("CITY_APPEARANCE_SANITATION", "CITY_APPEARANCE"),
            Map.entry("PUBLIC_CULTURE_SPORTS", "CULTURE_SPORTS"),
            Map.entry("HYDROGEN_ENERGY", "HYDROGEN"),
            Map.entry("ELECTRONIC_INFORMATION", "ELECTRONIC_INFO"),
            Map.entry("GREEN_LOW_CARBON_ENERGY_EQUIPMENT", "GREEN_ENERGY_EQUIPMENT"),
            Map.entry("FASHION_CONSUMER_GOODS", "FASHION_CONSUMER"),
            Map.entry("MANUFACTURING_DIGITAL_TRANSFORMATION", "MANUFACTURING_DIGITAL"),
            Map.entry("ECOLOGICAL_RESTORATION", "ECO_RESTORATION"),
            Map.entry("DEMO_ZONE_STANDARD_COORDINATION", "DEMO_ZONE_STANDARDS"),
            Map.entry("DIGITAL_COUNTRYSIDE", "DIGITAL_VILLAGE"),
            Map.entry("INDUSTRY_GOING_GLOBAL_BY_STANDARDS", "INDUSTRY_GOING_GLOBAL"),
            Map.entry("OVERSEAS_PROJECT_STANDARD_SYSTEM", "OVERSEAS_STANDARD_SYSTEMS"),
            Map.entry("INTERNATIONAL_REGIONAL_FOREIGN_STANDARDS", "INTL_STANDARD_DEVELOPMENT"),
            Map.entry("YRD_INTERNATIONAL_COOPERATION", "YRD_INTL_COOPERATION"));

    /** A direction group code and, unless "other", a sub-direction code of the reference data. */
    record Codes(String group, String direction) {
    }

    private KeyDirectionCodes() {
    }

    static Codes of(KeyDirection key) {
        if (key.getSocialManagement() != null) {
            return codes("SOCIAL_MGMT", key.getSocialManagement().value());
        }
        if (key.getPublicService() != null) {
            return codes("PUBLIC_SERVICE", key.getPublicService().value());
        }
        if (key.getTechManufacturing() != null) {
            return codes("TECH_MANUFACTURING", key.getTechManufacturing().value());
        }
        if (key.getModernServices() != null) {
            return codes("MODERN_SERVICES", key.getModernServices().value());
        }
        if (key.getEcoGreenYrd() != null) {
            return codes("ECO_YRD", key.getEcoGreenYrd().value());
        }
        if (key.getAgricultureRural() != null) {
            return codes("AGRI_RURAL", key.getAgricultureRural().value());
        }
        if (key.getInternationalStandardization() != null) {
            return codes("INTERNATIONAL", key.getInternationalStandardization().value());
        }
        throw new IllegalArgumentException("a valid KeyDirection names one group");
    }

    private static Codes codes(String group, String schemaDirection) {
        String direction = schemaDirection.endsWith("_OTHER") ? null
                : Optional.ofNullable(DIRECTION.get(schemaDirection)).orElse(schemaDirection);
        return new Codes(group, direction);
    }
}
