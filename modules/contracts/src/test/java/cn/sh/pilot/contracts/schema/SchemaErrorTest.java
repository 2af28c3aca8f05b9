package cn.sh.pilot.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SchemaErrorTest {

    @Test
    void ids_are_unique_kebab_case_with_both_messages() {
        Set<String> ids = Arrays.stream(SchemaError.values()).map(SchemaError::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(SchemaError.values().length);
        for (SchemaError e : SchemaError.values()) {
            assertThat(e.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(e.zh()).isNotBlank().doesNotContain("  ");
            assertThat(e.en()).isNotBlank();
            assertThat(SchemaError.byId(e.id())).isSameAs(e);
        }
    }

    @Test
    void maps_the_validator_keys_to_stable_ids() {
        assertThat(SchemaError.ofSchemaKey("cvc-pattern-valid")).isEqualTo(SchemaError.PATTERN_MISMATCH);
        assertThat(SchemaError.ofSchemaKey("cvc-enumeration-valid")).isEqualTo(SchemaError.NOT_IN_ENUMERATION);
        assertThat(SchemaError.ofSchemaKey("cvc-complex-type.2.4.a")).isEqualTo(SchemaError.UNEXPECTED_ELEMENT);
        assertThat(SchemaError.ofSchemaKey("cvc-complex-type.2.4.b")).isEqualTo(SchemaError.MISSING_ELEMENT);
        assertThat(SchemaError.ofSchemaKey("cvc-maxInclusive-valid")).isEqualTo(SchemaError.VALUE_OUT_OF_RANGE);
        assertThat(SchemaError.ofSchemaKey("cvc-minLength-valid")).isEqualTo(SchemaError.LENGTH_OUT_OF_RANGE);
        assertThat(SchemaError.ofSchemaKey("cvc-fractionDigits-valid")).isEqualTo(SchemaError.TOO_MANY_DIGITS);
        assertThat(SchemaError.ofSchemaKey("cvc-datatype-valid.1.2.1")).isEqualTo(SchemaError.INVALID_VALUE);
        assertThat(SchemaError.ofSchemaKey("cvc-identity-constraint.4.1")).isEqualTo(SchemaError.DUPLICATE_KEY);
        assertThat(SchemaError.ofSchemaKey("cvc-identity-constraint.4.3")).isEqualTo(SchemaError.UNKNOWN_REFERENCE);
        assertThat(SchemaError.ofSchemaKey("cvc-complex-type.3.2.2")).isEqualTo(SchemaError.UNEXPECTED_ATTRIBUTE);
        assertThat(SchemaError.ofSchemaKey("cvc-elt.1.a")).isEqualTo(SchemaError.UNKNOWN_ROOT_ELEMENT);
        assertThat(SchemaError.ofSchemaKey("cvc-something-new")).isEqualTo(SchemaError.SCHEMA_INVALID);
    }
}
