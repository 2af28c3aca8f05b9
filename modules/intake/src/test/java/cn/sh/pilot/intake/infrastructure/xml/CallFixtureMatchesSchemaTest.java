package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.application.v1.AgricultureRuralDirection;
import cn.sh.pilot.contracts.application.v1.EcoGreenYrdDirection;
import cn.sh.pilot.contracts.application.v1.InternationalStandardizationDirection;
import cn.sh.pilot.contracts.application.v1.ModernServicesDirection;
import cn.sh.pilot.contracts.application.v1.PublicServiceDirection;
import cn.sh.pilot.contracts.application.v1.SocialManagementDirection;
import cn.sh.pilot.contracts.application.v1.TechManufacturingDirection;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.Direction;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2023 call the tests judge samples against lists exactly the key directions of the application schema, "other"
 * directions included, so every direction a document can carry is found in the call — as in the app's reference data.
 */
class CallFixtureMatchesSchemaTest {

    @Test
    void the_2023_call_lists_the_schemas_key_directions_under_the_schemas_groups() {
        Map<String, List<String>> schema = new LinkedHashMap<>();
        schema.put(DirectionGroup.SOCIAL_MGMT.value(), codes(SocialManagementDirection.values(), SocialManagementDirection::value));
        schema.put(DirectionGroup.PUBLIC_SERVICE.value(), codes(PublicServiceDirection.values(), PublicServiceDirection::value));
        schema.put(DirectionGroup.TECH_MANUFACTURING.value(), codes(TechManufacturingDirection.values(), TechManufacturingDirection::value));
        schema.put(DirectionGroup.MODERN_SERVICES.value(), codes(ModernServicesDirection.values(), ModernServicesDirection::value));
        schema.put(DirectionGroup.ECO_GREEN_YRD.value(), codes(EcoGreenYrdDirection.values(), EcoGreenYrdDirection::value));
        schema.put(DirectionGroup.AGRICULTURE_RURAL.value(), codes(AgricultureRuralDirection.values(), AgricultureRuralDirection::value));
        schema.put(DirectionGroup.INTERNATIONAL_STANDARDIZATION.value(),
                codes(InternationalStandardizationDirection.values(), InternationalStandardizationDirection::value));

        Call call = Calls.call2023();
        Map<String, List<String>> fixture = call.keyDirectionGroups().stream().collect(Collectors.toMap(
                cn.sh.pilot.intake.domain.call.DirectionGroup::code,
                g -> g.directions().stream().map(Direction::code).toList(), (a, b) -> a, LinkedHashMap::new));

        assertThat(fixture).containsExactlyEntriesOf(schema);
    }

    private static <E> List<String> codes(E[] values, Function<E, String> value) {
        return Stream.of(values).map(value).toList();
    }
}
