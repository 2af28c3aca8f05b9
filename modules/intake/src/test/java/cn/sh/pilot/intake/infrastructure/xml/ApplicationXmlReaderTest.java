package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.fixtures.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApplicationXmlReaderTest {

    private final ApplicationXmlReader reader = new ApplicationXmlReader();

    static List<Path> badSamples() {
        return Samples.bad();
    }

    static List<Path> goodSamples() {
        return Samples.good();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSamples")
    void refuses_a_bad_sample_with_the_error_id_it_is_named_after(Path sample) {
        RefusedException refused = catchThrowableOfType(
                () -> reader.read(new ByteArrayInputStream(Samples.bytes(sample)), "310104", Instant.EPOCH),
                RefusedException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.id()).isEqualTo(Samples.expectedId(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSamples")
    void says_on_which_line_and_column_a_bad_sample_goes_wrong(Path sample) {
        RefusedException refused = catchThrowableOfType(
                () -> reader.read(new ByteArrayInputStream(Samples.bytes(sample)), "310104", Instant.EPOCH),
                RefusedException.class);
        assertThat(refused.detail()).containsPattern("line \\d+, column \\d+");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodSamples")
    void reads_a_good_sample_into_a_draft_for_the_receiving_recommender(Path sample) throws RefusedException {
        var received = reader.read(new ByteArrayInputStream(Samples.bytes(sample)), "310104", Instant.EPOCH);
        assertThat(received.draft().recommenderCode()).isEqualTo("310104");
        assertThat(received.draft().isEditable()).isTrue();
    }
}
