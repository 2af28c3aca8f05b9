package cn.sh.pilot.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ArchiveErrorTest {

    @Test
    void every_id_is_unique_kebab_case_with_a_chinese_and_an_english_message() {
        assertThat(Arrays.stream(ArchiveError.values()).map(ArchiveError::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        for (ArchiveError e : ArchiveError.values()) {
            assertThat(e.zh()).as(e.id()).matches(".*\\p{IsHan}.*");
            assertThat(e.en()).as(e.id()).matches("[\\x20-\\x7e]+");
            assertThat(ArchiveError.byId(e.id())).contains(e);
        }
    }

    @Test
    void every_id_is_listed_in_the_module_readme() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (ArchiveError e : ArchiveError.values()) {
            assertThat(readme).as(e.id()).contains("`" + e.id() + "`");
        }
    }
}
