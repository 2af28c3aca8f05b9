package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.application.v1.AgricultureRuralDirection;
import cn.sh.pilot.contracts.application.v1.EcoGreenYrdDirection;
import cn.sh.pilot.contracts.application.v1.InternationalStandardizationDirection;
import cn.sh.pilot.contracts.application.v1.KeyDirection;
import cn.sh.pilot.contracts.application.v1.ModernServicesDirection;
import cn.sh.pilot.contracts.application.v1.PublicServiceDirection;
import cn.sh.pilot.contracts.application.v1.SocialManagementDirection;
import cn.sh.pilot.contracts.application.v1.TechManufacturingDirection;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;

/**
 * A key direction's two codes (group, sub-direction), as the domain keeps them from the call, → the schema's choice
 * of one group element holding that group's sub-direction ({@code KeyDirections.codes} is the reverse).
 */
final class KeyDirectionCodes {

    private KeyDirectionCodes() {
    }

    static KeyDirection toContract(String groupCode, String directionCode) throws RefusedException {
        KeyDirection direction = new KeyDirection();
        try {
            switch (DirectionGroup.fromValue(groupCode)) {
                case SOCIAL_MGMT -> direction.setSocialManagement(SocialManagementDirection.fromValue(directionCode));
                case PUBLIC_SERVICE -> direction.setPublicService(PublicServiceDirection.fromValue(directionCode));
                case TECH_MANUFACTURING -> direction.setTechManufacturing(TechManufacturingDirection.fromValue(directionCode));
                case MODERN_SERVICES -> direction.setModernServices(ModernServicesDirection.fromValue(directionCode));
                case ECO_GREEN_YRD -> direction.setEcoGreenYrd(EcoGreenYrdDirection.fromValue(directionCode));
                case AGRICULTURE_RURAL -> direction.setAgricultureRural(AgricultureRuralDirection.fromValue(directionCode));
                case INTERNATIONAL_STANDARDIZATION -> direction.setInternationalStandardization(
                        InternationalStandardizationDirection.fromValue(directionCode));
            }
        } catch (IllegalArgumentException e) {
            throw new RefusedException(IntakeError.KEY_DIRECTION_NOT_EXCHANGEABLE, groupCode + "/" + directionCode, e);
        }
        return direction;
    }
}
