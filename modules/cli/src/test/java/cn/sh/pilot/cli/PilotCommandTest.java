package cn.sh.pilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.exchange.container.PackageWriter;

class PilotCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int pilot(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Pilot.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void builds_signs_and_verifies_a_package_then_names_the_tampered_entry_and_exits_non_zero() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(pilot("keys", "demo", keys.toString(), "--ec")).as(err).isZero();
        assertThat(keys.resolve("keys/310104.p12")).exists();
        assertThat(keys.resolve("trust/signers/310151")).isDirectory();

        Path payload = Files.writeString(dir.resolve("batch.xml"), "<b:RecommendationBatch xmlns:b=\"urn:cn:sh:pilot:batch:v1\" "
                + "xmlns:c=\"urn:cn:sh:pilot:common:v1\"><c:Sender><c:Code>310104</c:Code></c:Sender></b:RecommendationBatch>");
        Path scan = Files.writeString(dir.resolve("form-scan.pdf"), "%PDF-1.7 stamped application form");
        Path pkg = dir.resolve("pkg.zip");
        assertThat(pilot("package", "build", "--payload", payload.toString(), "--attach", scan.toString(), "-o", pkg.toString()))
                .as(err).isZero();

        Path signed = dir.resolve("signed.zip");
        assertThat(pilot("package", "sign", pkg.toString(), "--keystore", keys.resolve("keys/310104.p12").toString(),
                "--password", "pilot-demo", "-o", signed.toString())).as(err).isZero();

        String trust = keys.resolve("trust").toString();
        assertThat(pilot("package", "verify", signed.toString(), "--trust", trust)).as(out + err).isZero();
        assertThat(out).contains("[通过 PASS]").contains("ACCEPTED").contains("310104").doesNotContain("FAIL");

        Path tampered = tamper(signed, "attachments/form-scan.pdf");
        assertThat(pilot("package", "verify", tampered.toString(), "--trust", trust)).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("[失败 FAIL]").contains("REFUSED").contains("digest-mismatch")
                .contains("attachments/form-scan.pdf").contains("已被改动或损坏").contains("altered or damaged");
    }

    @Test
    void refuses_a_payload_from_another_district_than_the_signing_key() throws Exception {
        Path keys = dir.resolve("keys");
        pilot("keys", "demo", keys.toString(), "--ec");
        Path payload = Files.writeString(dir.resolve("batch.xml"), "<b:B xmlns:b=\"urn:x\" xmlns:c=\"urn:cn:sh:pilot:common:v1\">"
                + "<c:Sender><c:Code>310105</c:Code></c:Sender></b:B>");
        Path pkg = dir.resolve("pkg.zip");
        pilot("package", "build", "--payload", payload.toString(), "-o", pkg.toString());
        pilot("package", "sign", pkg.toString(), "--keystore", keys.resolve("keys/310104.p12").toString(), "--password", "pilot-demo");

        assertThat(pilot("package", "verify", pkg.toString(), "--trust", keys.resolve("trust").toString())).isEqualTo(1);
        assertThat(out).contains("signer-not-claimed-sender");
    }

    @Test
    void explains_a_refused_attachment_name_in_both_languages() throws Exception {
        Path payload = Files.writeString(dir.resolve("batch.xml"), "<b:B xmlns:b=\"urn:x\" xmlns:c=\"urn:cn:sh:pilot:common:v1\">"
                + "<c:Sender><c:Code>310104</c:Code></c:Sender></b:B>");
        Path odd = Files.writeString(dir.resolve("申请书.pdf"), "%PDF");

        int code = pilot("package", "build", "--payload", payload.toString(), "--attach", odd.toString(), "-o",
                dir.resolve("p.zip").toString());

        assertThat(code).isEqualTo(ExitCodes.REFUSED);
        assertThat(err).contains("zip-odd-entry-name").contains("请重命名").contains("Rename the file");
    }

    @Test
    void prints_help_in_chinese_and_english() {
        assertThat(pilot("--help")).isZero();
        assertThat(out).contains("keys").contains("package").contains("命令行").contains("Command line");
        assertThat(pilot("package", "verify", "--help")).isZero();
        assertThat(out).contains("--trust").contains("信任库目录").contains("Trust folder");
    }

    @Test
    void reports_a_usage_error_with_exit_code_2() {
        assertThat(pilot("package", "verify")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("用法错误 / usage error");
    }

    /** Rewrites the package with one byte of one entry changed, keeping mimetype first and stored. */
    private Path tamper(Path pkg, String entry) throws IOException {
        Path out = dir.resolve("tampered.zip");
        try (ZipFile zip = new ZipFile(pkg.toFile()); PackageWriter writer = new PackageWriter(out, java.time.Instant.now())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().equals("mimetype")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    bytes[bytes.length - 1] ^= 1;
                }
                writer.entry(e.getName(), bytes);
            }
        }
        return out;
    }
}
