package cn.sh.pilot.archive.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
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

/**
 * The exported records validate with libxml2's {@code xmllint} against the repository's XSD — a
 * validator independent of Java. A missing xmllint fails the test ({@code apt-get install libxml2-utils}).
 */
class ExportedRecordXmllintTest {

    static final Path SCHEMA = Path.of("../../schemas/archive/v1/archival-record.xsd").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static List<Path> records;

    @BeforeAll
    static void export() throws Exception {
        Process p = new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("xmllint is installed (libxml2-utils)").isTrue();
        assertThat(SCHEMA).isRegularFile();

        TestPki pki = TestPki.create(dir.resolve("pki"));
        Path bag = dir.resolve("bag");
        Archive.exporter(new InMemoryHistorySource(Histories.three(pki, dir.resolve("store"))), pki.municipalKey(), Clock.systemUTC())
                .export(new ExportRequest(Selection.all(), bag, BagFormat.FOLDER, new Exporter("何芳", "档案管理员")), (d, t) -> { });
        try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
            records = walk.filter(f -> f.getFileName().toString().equals("record.xml")).sorted().toList();
        }
        assertThat(records).hasSize(3);
    }

    @Test
    void xmllint_validates_every_exported_record() throws Exception {
        for (Path record : records) {
            Run run = xmllint(record);
            assertThat(run.exit).as(record + ":\n" + run.output).isZero();
            assertThat(run.output).contains("validates");
        }
    }

    @Test
    void xmllint_refuses_a_record_whose_retention_was_tampered_with_so_this_test_can_fail() throws Exception {
        String xml = Files.readString(records.get(0), StandardCharsets.UTF_8);
        assertThat(xml).contains("<ar:Retention>");
        Path bad = Files.writeString(dir.resolve("bad.xml"), xml.replaceFirst("<ar:Retention>[A-Z0-9]+<", "<ar:Retention>FOREVER<"));

        assertThat(xmllint(bad).exit).isNotZero();
    }

    @Test
    void the_records_carry_the_description_retention_basis_and_ordered_events() throws Exception {
        String approved = Files.readString(records.stream().filter(r -> r.toString().contains("SHBZSD-2023-0007")).findFirst().orElseThrow());
        assertThat(approved).contains("<ar:Retention>PERMANENT</ar:Retention>", "<ar:Rule>approved-project</ar:Rule>",
                "<ar:SubDirection>CITY_DIGITAL_GOVERNANCE</ar:SubDirection>", "<ar:Type>STATE_CHANGE</ar:Type>",
                "<ar:Actor>wang.li</ar:Actor>", "<ar:Action>project.approved</ar:Action>", "<ar:Direction>SENT</ar:Direction>");
        assertThat(approved.indexOf("<ar:Type>INGESTION</ar:Type>")).isLessThan(approved.indexOf("<ar:Type>TRANSFER</ar:Type>"));
        assertThat(approved.indexOf("<ar:Type>POLICY_ASSIGNMENT</ar:Type>")).isLessThan(approved.indexOf("<ar:Type>EXPORT</ar:Type>"));
        String rejected = Files.readString(records.stream().filter(r -> r.toString().contains("application-")).findFirst().orElseThrow());
        assertThat(rejected).contains("<ar:Retention>Y10</ar:Retention>").doesNotContain("<ar:ProjectNumber>");
    }

    record Run(int exit, String output) {
    }

    static Run xmllint(Path file) throws Exception {
        Process p = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema", SCHEMA.toString(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
