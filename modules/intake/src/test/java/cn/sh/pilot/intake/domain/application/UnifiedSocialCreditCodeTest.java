package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // the worked example of GB 32100-2015
            "914403001922038216",   // published code of a Shenzhen enterprise (check digit 6)
            "91440300708461136T",   // published code of a Shenzhen enterprise (check letter T)
            "91330100716105852F",   // published code of a Hangzhou enterprise
            "91310000132149237G",   // published code registered at the Shanghai municipal level
            "12310104MB2F12340K",   // computed: a Xuhui public institution (fixture)
            "91310000MA1FL0XX09"    // computed: an MA… code registered at the Shanghai municipal level
    })
    void accepts_codes_whose_check_character_is_right(String code) throws RefusedException {
        assertThat(UnifiedSocialCreditCode.problemWith(code)).isEmpty();
        assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void computes_the_check_character_of_the_standard_example() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void maps_a_remainder_of_zero_to_the_check_character_zero() {
        // find a body whose weighted sum is a multiple of 31: 31 - 0 = 31, which GB 32100 writes as 0
        String body = "9131000000000000";
        for (char c : UnifiedSocialCreditCode.CHARSET.toCharArray()) {
            String candidate = body + c;
            int sum = 0;
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            for (int i = 0; i < 17; i++) {
                sum += UnifiedSocialCreditCode.CHARSET.indexOf(candidate.charAt(i)) * weights[i];
            }
            if (sum % 31 == 0) {
                assertThat(UnifiedSocialCreditCode.checkCharacter(candidate)).isEqualTo('0');
                return;
            }
        }
        throw new AssertionError("no body with a weighted sum divisible by 31 in this family");
    }

    @Test
    void tolerates_blanks_and_lower_case_as_typed() throws RefusedException {
        assertThat(UnifiedSocialCreditCode.parse(" 91440300708461136t ").value()).isEqualTo("91440300708461136T");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44",   // check character off by one
            "91350100M000100Y34",   // two characters swapped
            "914403001922038217",
            "91440300708461136X"
    })
    void refuses_a_code_with_a_wrong_check_character(String code) {
        assertThat(UnifiedSocialCreditCode.problemWith(code)).contains(IntakeError.USCC_CHECK_CHARACTER_WRONG);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).id()).isEqualTo("uscc-check-character-wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9135010", "91350100M000100Y4", "91350100M000100Y433", "91350100M0001O0Y43",
            "91350100I000100Y43", "9135010-M000100Y43", "91350100S000100Y43"})
    void refuses_a_code_of_the_wrong_length_or_with_letters_gb_32100_does_not_use(String code) {
        assertThat(UnifiedSocialCreditCode.problemWith(code)).contains(IntakeError.USCC_MALFORMED);
    }

    @Test
    void refuses_to_construct_an_invalid_value() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"));
    }

    @Test
    void exposes_the_division_code_of_the_registering_authority() throws RefusedException {
        assertThat(UnifiedSocialCreditCode.parse("12310104MB2F12340K").divisionCode()).isEqualTo("310104");
    }
}
