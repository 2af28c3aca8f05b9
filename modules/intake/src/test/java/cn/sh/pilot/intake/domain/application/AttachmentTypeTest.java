package cn.sh.pilot.intake.domain.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypeTest {

    @Test
    void recognises_pdf_jpeg_and_png_by_their_magic_numbers() {
        assertThat(detect("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo(AttachmentType.PDF);
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1})).isEqualTo(AttachmentType.JPEG);
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEqualTo(AttachmentType.PNG);
    }

    @Test
    void recognises_nothing_else_and_nothing_from_too_few_bytes() {
        assertThat(AttachmentType.detect("GIF89a".getBytes(StandardCharsets.US_ASCII), 6)).isEmpty();
        assertThat(AttachmentType.detect("PK\u0003\u0004".getBytes(StandardCharsets.US_ASCII), 4)).isEmpty();
        assertThat(AttachmentType.detect("%PDF".getBytes(StandardCharsets.US_ASCII), 4)).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 4)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"申请表.PDF, pdf", "scan.jpeg, jpeg", "方案v1.2, ''", "营业执照, ''", "archive.tar.gz, gz"})
    void reads_an_extension_only_where_the_name_has_one(String name, String extension) {
        assertThat(AttachmentType.extensionOf(name).orElse("")).isEqualTo(extension);
    }

    @Test
    void a_name_without_extension_fits_any_type_and_one_with_another_extension_does_not() {
        assertThat(AttachmentType.PDF.fitsNameOf("营业执照")).isTrue();
        assertThat(AttachmentType.JPEG.fitsNameOf("photo.JPG")).isTrue();
        assertThat(AttachmentType.PDF.fitsNameOf("photo.jpg")).isFalse();
        assertThat(AttachmentType.PDF.fitsNameOf("report.docx")).isFalse();
    }

    @Test
    void knows_the_media_types_browsers_send_for_it() {
        assertThat(AttachmentType.PDF.isNamedBy("application/pdf; name=x.pdf")).isTrue();
        assertThat(AttachmentType.JPEG.isNamedBy("image/pjpeg")).isTrue();
        assertThat(AttachmentType.PNG.isNamedBy("image/jpeg")).isFalse();
    }

    private static AttachmentType detect(byte[] head) {
        return AttachmentType.detect(head, head.length).orElseThrow();
    }
}
