package cn.sh.pilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.application.v1.InternationalStandardizationDirection;
import cn.sh.pilot.contracts.application.v1.KeyDirection;
import cn.sh.pilot.contracts.application.v1.SocialManagementDirection;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;

class KeyDirectionsTest {

    @Test
    void names_the_group_of_the_element_that_holds_the_sub_direction() {
        KeyDirection city = new KeyDirection();
        city.setSocialManagement(SocialManagementDirection.CITY_DIGITAL_GOVERNANCE);
        assertThat(KeyDirections.codes(city)).contains(
                new KeyDirections.Codes(DirectionGroup.SOCIAL_MGMT, "CITY_DIGITAL_GOVERNANCE"));

        KeyDirection global = new KeyDirection();
        global.setInternationalStandardization(InternationalStandardizationDirection.CHINA_STANDARDS_GOING_GLOBAL);
        assertThat(KeyDirections.codes(global).map(KeyDirections.Codes::group))
                .contains(DirectionGroup.INTERNATIONAL_STANDARDIZATION);
    }

    @Test
    void gives_nothing_for_an_empty_direction() {
        assertThat(KeyDirections.codes(new KeyDirection())).isEmpty();
        assertThat(KeyDirections.codes(null)).isEmpty();
    }
}
