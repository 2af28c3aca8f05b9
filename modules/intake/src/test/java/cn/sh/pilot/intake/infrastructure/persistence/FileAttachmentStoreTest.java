package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.application.ApplicationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileAttachmentStoreTest {

    @TempDir
    Path root;

    private final ApplicationId id = ApplicationId.newId();

    @Test
    void keeps_the_bytes_under_the_application_and_file_name_and_replaces_an_earlier_file() throws IOException {
        FileAttachmentStore store = new FileAttachmentStore(root);
        store.store(id, "scan.pdf", bytes("first"));
        store.store(id, "scan.pdf", bytes("second"));

        try (InputStream in = store.open(id, "scan.pdf")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        }
        try (var files = Files.list(root.resolve(id.toString()))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("scan.pdf");
        }
    }

    @Test
    void keeps_the_earlier_file_and_no_partial_file_when_reading_the_upload_fails() throws IOException {
        FileAttachmentStore store = new FileAttachmentStore(root);
        store.store(id, "scan.pdf", bytes("good"));
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 3) {
                    throw new IOException("connection dropped");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.store(id, "scan.pdf", failing)).isInstanceOf(IOException.class).hasMessage("connection dropped");

        try (InputStream in = store.open(id, "scan.pdf")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("good");
        }
        try (var files = Files.list(root.resolve(id.toString()))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("scan.pdf");
        }
    }

    @Test
    void refuses_a_name_that_would_leave_the_application_folder() {
        FileAttachmentStore store = new FileAttachmentStore(root);

        assertThatThrownBy(() -> store.store(id, "../other/x.pdf", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("other")).doesNotExist();
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
