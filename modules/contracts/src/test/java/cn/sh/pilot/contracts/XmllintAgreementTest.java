package cn.sh.pilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.sh.pilot.contracts.Samples.Sample;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ContractMarshaller;

/**
 * An independent validator (libxml2's {@code xmllint}, Debian package libxml2-utils) must give
 * every sample the same verdict as the product's validator. A missing xmllint fails the test:
 * CI installs it.
 */
class XmllintAgreementTest {

    @BeforeAll
    static void xmllint_is_installed() throws Exception {
        Process p = new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("xmllint answers").isTrue();
        assertThat(p.exitValue()).as("xmllint --version (apt-get install libxml2-utils)").isZero();
    }

    static List<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void xmllint_and_the_java_validator_agree(Sample sample) throws Exception {
        boolean javaAccepts = javaAccepts(sample);
        Run xmllint = xmllint(Samples.schemasDir().resolve(sample.document().schemaPath()), sample.file());
        assertThat(javaAccepts).as("java verdict on " + sample).isEqualTo(sample.good());
        assertThat(xmllint.exitCode == 0).as("xmllint verdict on " + sample + ":\n" + xmllint.output)
                .isEqualTo(javaAccepts);
    }

    @Test
    void xmllint_refuses_a_document_the_schema_refuses_so_this_comparison_can_fail() throws Exception {
        Path dir = Files.createTempDirectory("xmllint");
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<ap:Application xmlns:ap=\"urn:cn:sh:pilot:application:v1\"/>");
        Run run = xmllint(Samples.schemasDir().resolve("application/v1/application.xsd"), bad);
        assertThat(run.exitCode).as(run.output).isNotZero();
    }

    private static boolean javaAccepts(Sample sample) throws IOException {
        try {
            ContractMarshaller.forDocument(sample.document()).read(Files.readAllBytes(sample.file()));
            return true;
        } catch (RefusedException e) {
            return false;
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run xmllint(Path xsd, Path xml) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema", xsd.toString(), xml.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("xmllint finished on " + xml).isTrue();
        return new Run(p.exitValue(), output);
    }
}
