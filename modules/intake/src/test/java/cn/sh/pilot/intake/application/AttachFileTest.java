package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.InMemoryAttachmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachFileTest extends UseCaseFixture {

    static final byte[] PDF = bytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
    static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, bytes("IHDR…"));
    static final byte[] JPEG = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, bytes("JFIF…"));

    private final InMemoryAttachmentStore store = new InMemoryAttachmentStore();
    private final AttachFile attachFile = new AttachFile(applications, store, audit);
    private final Application draft = storedDraft();

    @Test
    void attaches_a_pdf_with_the_type_size_and_sha256_of_its_content() throws Exception {
        AttachmentMetadata a = attachFile.attach(XUHUI, draft.id(), "申请表（盖章）.pdf", "application/pdf", "盖章申请表扫描件",
                new ByteArrayInputStream(PDF));

        assertThat(a.mediaType()).isEqualTo("application/pdf");
        assertThat(a.sizeBytes()).isEqualTo(PDF.length);
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(draft.attachments()).containsExactly(a);
        assertThat(store.get(draft.id(), "申请表（盖章）.pdf")).hasValueSatisfying(b -> assertThat(b).isEqualTo(PDF));
        assertThat(audit.last().action()).isEqualTo("application.attachment-added");
        assertThat(audit.last().after()).isEqualTo(a);
    }

    @Test
    void detects_png_and_jpeg_from_their_first_bytes_whatever_the_declared_generic_type() throws RefusedException {
        assertThat(attachFile.attach(XUHUI, draft.id(), "营业执照", "application/octet-stream", null,
                new ByteArrayInputStream(PNG)).mediaType()).isEqualTo("image/png");
        assertThat(attachFile.attach(XUHUI, draft.id(), "法人证书.JPG", "image/jpg", null,
                new ByteArrayInputStream(JPEG)).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void refuses_content_that_is_neither_pdf_jpeg_nor_png_even_when_named_and_declared_as_pdf() {
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), "scan.pdf", "application/pdf", null,
                new ByteArrayInputStream(bytes("GIF89a……"))))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-type-not-allowed");
        assertThat(store.size()).isZero();
    }

    @Test
    void refuses_an_empty_file_as_of_no_allowed_type() {
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), "scan.pdf", null, null, new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-type-not-allowed");
    }

    @Test
    void refuses_a_png_named_as_a_pdf() {
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), "申请表.pdf", null, null, new ByteArrayInputStream(PNG)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-type-mismatch");
    }

    @Test
    void refuses_a_pdf_declared_as_a_png() {
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), "申请表", "image/png", null, new ByteArrayInputStream(PDF)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-type-mismatch");
        assertThat(draft.attachments()).isEmpty();
    }

    @Test
    void refuses_a_file_over_the_limit_and_keeps_nothing() {
        AttachFile limited = new AttachFile(applications, store, audit, 1024);
        byte[] big = concat(PDF, new byte[1025 - PDF.length]);

        assertThatThrownBy(() -> limited.attach(XUHUI, draft.id(), "big.pdf", null, null, new ByteArrayInputStream(big)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-too-large").hasMessageContaining("1024");
        assertThat(store.size()).isZero();
        assertThat(draft.attachments()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void accepts_a_file_of_exactly_the_limit() throws RefusedException {
        AttachFile limited = new AttachFile(applications, store, audit, 1024);
        byte[] exact = concat(PDF, new byte[1024 - PDF.length]);
        assertThat(limited.attach(XUHUI, draft.id(), "exact.pdf", null, null, new ByteArrayInputStream(exact)).sizeBytes())
                .isEqualTo(1024);
    }

    @Test
    void stops_reading_an_endless_upload_soon_after_the_limit() {
        AttachFile limited = new AttachFile(applications, store, audit, 64 * 1024);
        EndlessPdf endless = new EndlessPdf();
        assertThatThrownBy(() -> limited.attach(XUHUI, draft.id(), "endless.pdf", null, null, endless))
                .hasMessageStartingWith("attachment-too-large");
        assertThat(endless.served).isLessThan(64 * 1024 + 16 * 1024);
    }

    @Test
    void the_default_limit_is_twenty_mebibytes() {
        assertThat(AttachFile.DEFAULT_MAX_BYTES).isEqualTo(20 * 1024 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../申请表.pdf", "a/b.pdf", ".hidden.pdf", "C:scan.pdf", "", "scan?.pdf"})
    void refuses_a_file_name_that_is_a_path_or_not_portable(String name) {
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), name, null, null, new ByteArrayInputStream(PDF)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-name-invalid");
    }

    @Test
    void refuses_before_reading_anything_when_the_application_is_submitted() throws RefusedException {
        draft.submit(Applications.IN_TIME);
        EndlessPdf content = new EndlessPdf();
        assertThatThrownBy(() -> attachFile.attach(XUHUI, draft.id(), "scan.pdf", null, null, content))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
        assertThat(content.served).isZero();
    }

    @Test
    void refuses_to_attach_to_another_recommenders_application() {
        assertThatThrownBy(() -> attachFile.attach(MINHANG, draft.id(), "scan.pdf", null, null, new ByteArrayInputStream(PDF)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
    }

    @Test
    void reports_a_store_failure_as_not_stored() {
        AttachFile failing = new AttachFile(applications, (application, fileName, content) -> {
            throw new IOException("disk full");
        }, audit);
        assertThatThrownBy(() -> failing.attach(XUHUI, draft.id(), "scan.pdf", null, null, new ByteArrayInputStream(PDF)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("attachment-not-stored").hasMessageContaining("disk full");
        assertThat(draft.attachments()).isEmpty();
    }

    /** A PDF header followed by zeros for ever; counts what it served. */
    private static final class EndlessPdf extends InputStream {
        long served;

        @Override
        public int read() {
            int b = served < PDF.length ? PDF[(int) served] & 0xFF : 0;
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
