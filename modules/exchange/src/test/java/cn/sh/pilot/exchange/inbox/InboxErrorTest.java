package cn.sh.pilot.exchange.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.exchange.PackageError;

/** The pipeline's error ids are published: stable, kebab-case, bilingual, distinct from the container's. */
class InboxErrorTest {

    @Test
    void every_id_is_kebab_case_unique_and_says_what_to_do_in_chinese_and_english() {
        assertThat(InboxError.values()).extracting(InboxError::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 64);
        assertThat(InboxError.values()).allSatisfy(e -> {
            assertThat(e.zh()).containsPattern("\\p{IsHan}").contains("。");
            assertThat(e.en()).matches("[A-Z].*\\.");
        });
    }

    @Test
    void no_id_collides_with_a_container_or_signature_id() {
        assertThat(Arrays.stream(InboxError.values()).map(ErrorId::id))
                .doesNotContainAnyElementsOf(Arrays.stream(PackageError.values()).map(ErrorId::id).toList());
    }

    @Test
    void the_pipelines_rule_pack_digest_is_a_sha256() {
        assertThat(PipelineRules.SHA256).matches("[0-9a-f]{64}");
    }
}
