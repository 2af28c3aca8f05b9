package cn.sh.pilot.app.browser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The independent check: {@code xmlsec1} verifies a package from its unpacked root, and refuses it after one changed payload byte. */
final class Xmlsec1 {

    private Xmlsec1() {
    }

    static void verifiesAndRefusesTampering(Path pkg, Path caPem, String payloadName, Path root) throws Exception {
        unpack(pkg, root);
        List<String> command = List.of("xmlsec1", "--verify", "--trusted-pem", caPem.toString(),
                "--enabled-reference-uris", "same-doc,remote", "META-INF/signatures.xml");
        assertThat(run(root, command)).contains("OK");
        Path payload = root.resolve(payloadName);
        byte[] changed = Files.readAllBytes(payload);
        changed[changed.length / 2] ^= 1;
        Files.write(payload, changed);
        Process tampered = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        tampered.getInputStream().readAllBytes();
        assertThat(tampered.waitFor()).as("xmlsec1 refuses a changed payload").isNotZero();
    }

    private static String run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static void unpack(Path zipFile, Path root) throws Exception {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                Path target = root.resolve(e.getName()).normalize();
                assertThat(target.startsWith(root)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
