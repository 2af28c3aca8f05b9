package cn.sh.pilot.archive.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.archive.testing.Histories;
import cn.sh.pilot.archive.testing.InMemoryHistorySource;
import cn.sh.pilot.archive.testing.TestPki;

/** The municipal signature of a bag verifies with {@code xmlsec1} run from the bag root (fails without xmlsec1). */
class BagSignatureXmlsecTest {

    @TempDir
    Path dir;

    @Test
    void xmlsec1_verifies_the_bag_signature_and_refuses_it_after_a_tag_file_changes() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"));
        Path bag = dir.resolve("bag");
        Archive.exporter(new InMemoryHistorySource(Histories.three(pki, dir.resolve("store"))), pki.municipalKey(), Clock.systemUTC())
                .export(new ExportRequest(Selection.all(), bag, BagFormat.FOLDER, new Exporter("何芳", null)), (d, t) -> { });

        Run ok = xmlsec1(bag, pki.caPem());
        assertThat(ok.exit).as(ok.output).isZero();

        Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: someone else\n", StandardCharsets.UTF_8);
        Run bad = xmlsec1(bag, pki.caPem());
        assertThat(bad.exit).as(bad.output).isNotZero();
    }

    record Run(int exit, String output) {
    }

    static Run xmlsec1(Path bagRoot, Path ca) throws Exception {
        Process p = new ProcessBuilder("xmlsec1", "--verify", "--trusted-pem", ca.toString(),
                "--enabled-reference-uris", "same-doc,remote", "bag-signature.xml")
                .directory(bagRoot.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
