package cn.sh.pilot.review.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.application.v1.EcoGreenYrdDirection;
import cn.sh.pilot.contracts.application.v1.KeyDirection;
import cn.sh.pilot.contracts.application.v1.SocialManagementDirection;
import cn.sh.pilot.contracts.application.v1.TechManufacturingDirection;

class KeyDirectionCodesTest {

    @Test
    void translates_schema_direction_names_to_the_reference_data_codes() {
        KeyDirection hydrogen = new KeyDirection();
        hydrogen.setTechManufacturing(TechManufacturingDirection.HYDROGEN_ENERGY);
        assertThat(KeyDirectionCodes.of(hydrogen)).isEqualTo(new KeyDirectionCodes.Codes("TECH_MANUFACTURING", "HYDROGEN"));

        KeyDirection demoZone = new KeyDirection();
        demoZone.setEcoGreenYrd(EcoGreenYrdDirection.DEMO_ZONE_STANDARD_COORDINATION);
        assertThat(KeyDirectionCodes.of(demoZone)).isEqualTo(new KeyDirectionCodes.Codes("ECO_YRD", "DEMO_ZONE_STANDARDS"));
    }

    @Test
    void keeps_codes_that_already_agree() {
        KeyDirection city = new KeyDirection();
        city.setSocialManagement(SocialManagementDirection.CITY_DIGITAL_GOVERNANCE);
        assertThat(KeyDirectionCodes.of(city)).isEqualTo(new KeyDirectionCodes.Codes("SOCIAL_MGMT", "CITY_DIGITAL_GOVERNANCE"));
    }

    @Test
    void keeps_only_the_group_of_an_other_direction() {
        KeyDirection other = new KeyDirection();
        other.setSocialManagement(SocialManagementDirection.SOCIAL_MGMT_OTHER);
        assertThat(KeyDirectionCodes.of(other)).isEqualTo(new KeyDirectionCodes.Codes("SOCIAL_MGMT", null));
    }
}
