package cn.sh.pilot.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompleteFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"batch.zip", "BATCH-310104-0001.ZIP", "receipt.2026.zip"})
    void a_zip_name_is_final(String name) {
        assertThat(CompleteFileName.isFinal(name)).isTrue();
        assertThat(CompleteFileName.isTemporary(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"batch.zip.part", ".batch.zip", "batch.ZIP.PART", ".batch.zip.part"})
    void a_part_suffix_or_leading_dot_is_temporary_and_never_final(String name) {
        assertThat(CompleteFileName.isTemporary(name)).isTrue();
        assertThat(CompleteFileName.isFinal(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", ".zip", "", "..", "a/b.zip", "a\\b.zip", "x\n.zip"})
    void other_or_unsafe_names_are_not_final(String name) {
        assertThat(CompleteFileName.isFinal(name)).isFalse();
    }

    @Test
    void the_temporary_name_of_an_upload_is_the_final_name_with_part_appended() {
        assertThat(CompleteFileName.temporaryFor("b.zip")).isEqualTo("b.zip.part");
        assertThat(CompleteFileName.isTemporary(CompleteFileName.temporaryFor("b.zip"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../310105", "310104/..", "", "a b", "-x", "x123456789012345678901234567890123"})
    void a_recommender_code_that_could_name_another_folder_is_invalid(String code) {
        assertThat(RecommenderCode.isValid(code)).isFalse();
    }

    @Test
    void district_and_department_codes_are_valid_account_codes() {
        assertThat(RecommenderCode.isValid("310104")).isTrue();
        assertThat(RecommenderCode.isValid("SHSW-01")).isTrue();
    }
}
