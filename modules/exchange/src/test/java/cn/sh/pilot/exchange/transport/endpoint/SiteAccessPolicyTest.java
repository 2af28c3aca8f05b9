package cn.sh.pilot.exchange.transport.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAccessPolicyTest {

    private final SiteAccessPolicy policy = new SiteAccessPolicy();

    @Test
    void the_root_inbox_and_receipts_may_be_listed_nothing_else() {
        assertThat(policy.mayList(List.of())).isTrue();
        assertThat(policy.mayList(List.of("inbox"))).isTrue();
        assertThat(policy.mayList(List.of("receipts"))).isTrue();
        assertThat(policy.mayList(List.of("310105"))).isFalse();
        assertThat(policy.mayList(List.of("inbox", "sub"))).isFalse();
    }

    @Test
    void only_temporary_names_in_the_inbox_may_be_written_or_removed() {
        assertThat(policy.mayWrite(List.of("inbox", "b.zip.part"))).isTrue();
        assertThat(policy.mayWrite(List.of("inbox", ".b.zip"))).isTrue();
        assertThat(policy.mayRemove(List.of("inbox", "b.zip.part"))).isTrue();
        assertThat(policy.mayWrite(List.of("inbox", "b.zip"))).isFalse();
        assertThat(policy.mayRemove(List.of("inbox", "b.zip"))).isFalse();
        assertThat(policy.mayWrite(List.of("receipts", "r.zip.part"))).isFalse();
        assertThat(policy.mayWrite(List.of("b.zip.part"))).isFalse();
        assertThat(policy.mayWrite(List.of("inbox", "sub", "b.zip.part"))).isFalse();
    }

    @Test
    void a_temporary_upload_may_be_renamed_only_to_a_final_name_in_the_inbox() {
        assertThat(policy.mayRename(List.of("inbox", "b.zip.part"), List.of("inbox", "b.zip"))).isTrue();
        assertThat(policy.mayRename(List.of("inbox", "b.zip.part"), List.of("inbox", "b.txt"))).isFalse();
        assertThat(policy.mayRename(List.of("inbox", "b.zip.part"), List.of("receipts", "b.zip"))).isFalse();
        assertThat(policy.mayRename(List.of("inbox", "a.zip"), List.of("inbox", "b.zip"))).isFalse();
        assertThat(policy.mayRename(List.of("receipts", "r.zip"), List.of("receipts", "s.zip"))).isFalse();
    }

    @Test
    void only_receipts_may_be_read() {
        assertThat(policy.mayRead(List.of("receipts", "r.zip"))).isTrue();
        assertThat(policy.mayRead(List.of("inbox", "b.zip"))).isFalse();
        assertThat(policy.mayRead(List.of("inbox", "b.zip.part"))).isFalse();
        assertThat(policy.mayRead(List.of("r.zip"))).isFalse();
    }
}
