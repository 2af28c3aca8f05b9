package cn.sh.pilot.contracts.marshal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.error.RefusedException;

/** Hostile XML is refused quickly, with a stable id, without reading files or opening connections. */
class HostileXmlTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);
    private final ApplicationMarshaller marshaller = new ApplicationMarshaller();

    @TempDir
    Path dir;

    private String refusalId(String xml) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                marshaller.read(xml.getBytes(StandardCharsets.UTF_8));
            } catch (RefusedException e) {
                return e.id();
            }
            throw new AssertionError("accepted: " + xml.substring(0, Math.min(200, xml.length())));
        });
    }

    @Test
    void refuses_a_plain_doctype() {
        assertThat(refusalId("<!DOCTYPE a><ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\"/>"))
                .isEqualTo("doctype-refused");
    }

    @Test
    void refuses_an_external_entity_without_reading_the_file() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "91310112MA7AB1C2DG");
        String xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\">&x;</ap:Application>";
        assertThatThrownBy(() -> marshaller.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("doctype-refused"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("91310112MA7AB1C2DG"));
    }

    @Test
    void refuses_an_external_entity_without_opening_a_connection() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicBoolean contacted = new AtomicBoolean();
            Thread listener = new Thread(() -> {
                try {
                    server.accept().close();
                    contacted.set(true);
                } catch (IOException closed) {
                    // closed at the end of the test
                }
            });
            listener.start();
            String xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x\">]>"
                    + "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\">&x;</ap:Application>";
            assertThat(refusalId(xml)).isEqualTo("doctype-refused");
            Thread.sleep(200);
            assertThat(contacted).isFalse();
        }
    }

    @Test
    void refuses_a_billion_laughs_quickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE a [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertThat(refusalId(dtd + "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\">&l9;</ap:Application>"))
                .isEqualTo("doctype-refused");
    }

    @Test
    void treats_xinclude_as_an_unexpected_element_and_never_follows_it() {
        String xml = "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\">"
                + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>"
                + "</ap:Application>";
        assertThat(refusalId(xml)).isEqualTo("unexpected-element");
    }

    @Test
    void refuses_deep_nesting_at_the_first_level_the_schema_does_not_allow() {
        String open = "<x>".repeat(10_000);
        String close = "</x>".repeat(10_000);
        String xml = "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\" xmlns=\"urn:cn:sh:pilot:application:v1\">"
                + open + close + "</ap:Application>";
        assertThat(refusalId(xml)).isEqualTo("unexpected-element");
    }

    @Test
    void refuses_an_element_with_too_many_attributes() {
        StringBuilder atts = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            atts.append(" a").append(i).append("=\"v\"");
        }
        assertThat(refusalId("<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\"" + atts + "/>"))
                .isEqualTo("limit-exceeded");
    }

    @Test
    void ignores_schema_location_hints_in_the_instance() {
        String xml = "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:cn:sh:pilot:application:v1 http://attacker.invalid/evil.xsd\"/>";
        assertThat(refusalId(xml)).isIn("unexpected-attribute", "missing-element", "unexpected-element");
    }

    @Test
    void refuses_bytes_that_are_not_utf8() {
        byte[] latin1 = "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\">\u00e9\u00ff</ap:Application>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> marshaller.read(latin1))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("not-well-formed"));
    }
}
