package cn.sh.pilot.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.sh.pilot.archive.domain.bag.ManifestLine;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;

class ManifestLineTest {

    private static final String HEX = "a".repeat(64);

    @Test
    void percent_encodes_only_percent_and_line_breaks_and_reads_them_back() {
        ManifestLine line = new ManifestLine(HEX, "data/x/100% sure 文件.zip");
        assertThat(line.format()).isEqualTo(HEX + "  data/x/100%25 sure 文件.zip");
        assertThat(ManifestLine.parse(line.format())).contains(line);
        assertThat(new ManifestLine(HEX, "data/a\nb").format()).isEqualTo(HEX + "  data/a%0Ab");
    }

    @Test
    void refuses_a_decoded_path_with_a_line_break_which_no_export_writes() {
        assertThat(ManifestLine.parse(HEX + "  data/a%0Ab")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/../bagit.txt", "/etc/passwd", "data//x", "data\\x", "data/./x", "data/%41"})
    void refuses_a_path_that_could_leave_the_bag_or_is_ambiguous(String path) {
        assertThat(ManifestLine.parse(HEX + "  " + path)).isEmpty();
    }

    @Test
    void refuses_a_digest_that_is_not_sixty_four_hex_digits() {
        assertThat(ManifestLine.parse("abc  data/x")).isEmpty();
        assertThat(ManifestLine.parse("g".repeat(64) + "  data/x")).isEmpty();
    }

    @Test
    void reads_payload_oxum_as_octets_dot_streams() {
        assertThat(PayloadOxum.parse("1024.3")).contains(new PayloadOxum(1024, 3));
        assertThat(PayloadOxum.parse("1024")).isEmpty();
        assertThat(new PayloadOxum(0, 0).plus(10).plus(5)).hasToString("15.2");
    }
}
