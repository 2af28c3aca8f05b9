package cn.sh.pilot.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransportErrorTest {

    @Test
    void every_error_has_a_unique_kebab_case_sftp_id_and_both_messages() {
        assertThat(Arrays.stream(TransportError.values()).map(TransportError::id).distinct().count())
                .isEqualTo(TransportError.values().length);
        for (TransportError error : TransportError.values()) {
            assertThat(error.id()).matches("sftp(-[a-z0-9]+)+");
            assertThat(error.zh()).as(error.id()).isNotBlank().matches(".*[\\u4e00-\\u9fff].*");
            assertThat(error.en()).as(error.id()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void the_ids_named_by_the_design_exist() {
        assertThat(Arrays.stream(TransportError.values()).map(TransportError::id))
                .contains("sftp-host-key-mismatch", "sftp-auth-refused", "sftp-unreachable", "sftp-remote-exists");
    }
}
