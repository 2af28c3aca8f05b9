package cn.sh.pilot.exchange.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.sh.pilot.contracts.error.RefusedException;

class EntryNameTest {

    @Test
    void accepts_plain_names_and_directory_entries() throws Exception {
        assertThat(EntryName.of("attachments/annex/form-scan_01.pdf").value()).isEqualTo("attachments/annex/form-scan_01.pdf");
        EntryName dir = EntryName.of("attachments/");
        assertThat(dir.directory()).isTrue();
        assertThat(dir.value()).isEqualTo("attachments");
        assertThat(EntryName.of("batch.xml").atRoot()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "../evil.xml|zip-path-traversal",
            "attachments/../../x|zip-path-traversal",
            "a\\..\\b|zip-path-traversal",
            "/etc/passwd|zip-absolute-path",
            "\\\\server\\share|zip-absolute-path",
            "C:/x.pdf|zip-absolute-path",
            "c:x.pdf|zip-absolute-path",
            "attachments\\a.pdf|zip-odd-entry-name",
            "attachments//a.pdf|zip-odd-entry-name",
            "attachments/./a.pdf|zip-odd-entry-name",
            "attachments/.hidden|zip-odd-entry-name",
            "attachments/a b.pdf|zip-odd-entry-name",
            "attachments/申请书.pdf|zip-odd-entry-name",
            "attachments/a%2e.pdf|zip-odd-entry-name",
            "file:///etc/passwd|zip-odd-entry-name",
    })
    void refuses_names_that_could_escape_or_be_read_two_ways(String name, String id) {
        assertThatThrownBy(() -> EntryName.of(name)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.id()).isEqualTo(id));
    }

    @Test
    void refuses_control_characters_and_overlong_names() {
        assertThatThrownBy(() -> EntryName.of("attachments/a\u0000.pdf")).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.id()).isEqualTo("zip-odd-entry-name"));
        assertThatThrownBy(() -> EntryName.of("a".repeat(256))).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.id()).isEqualTo("zip-odd-entry-name"));
    }

    @Test
    void treats_names_that_differ_only_in_case_as_duplicates() throws Exception {
        assertThat(EntryName.of("attachments/Scan.PDF").duplicateKey()).isEqualTo(EntryName.of("attachments/scan.pdf").duplicateKey());
    }
}
