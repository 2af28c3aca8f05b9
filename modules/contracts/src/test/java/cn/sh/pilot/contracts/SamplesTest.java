package cn.sh.pilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

import cn.sh.pilot.contracts.Samples.Sample;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ContractMarshaller;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;

/** Every sample file: good ones validate and round-trip, bad ones fail with the id in their name. */
class SamplesTest {

    static List<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_gets_the_verdict_its_folder_and_name_promise(Sample sample) throws Exception {
        ContractMarshaller<?> marshaller = ContractMarshaller.forDocument(sample.document());
        byte[] xml = Files.readAllBytes(sample.file());
        if (sample.good()) {
            Object value = marshaller.read(xml);
            byte[] written = marshaller.writeObject(value);
            Diff diff = DiffBuilder.compare(xml).withTest(written)
                    .ignoreWhitespace().ignoreComments().checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(sample + " round trip: " + diff).isFalse();
        } else {
            assertThatThrownBy(() -> marshaller.read(xml))
                    .as(sample.toString())
                    .isInstanceOf(RefusedException.class)
                    .satisfies(e -> assertThat(((RefusedException) e).id()).as(e.getMessage())
                            .isEqualTo(sample.expectedId()));
        }
    }

    @Test
    void every_document_has_at_least_two_good_and_four_bad_samples() {
        Map<ContractDocument, Map<Boolean, Long>> counts = Samples.all().stream().collect(Collectors.groupingBy(
                Sample::document, Collectors.partitioningBy(Sample::good, Collectors.counting())));
        for (ContractDocument d : ContractDocument.values()) {
            assertThat(counts).as(d.shortName()).containsKey(d);
            assertThat(counts.get(d).get(true)).as(d + " good samples").isGreaterThanOrEqualTo(2);
            assertThat(counts.get(d).get(false)).as(d + " bad samples").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void every_bad_sample_is_named_after_a_published_error_id() {
        for (Sample s : Samples.all()) {
            if (!s.good()) {
                assertThat(SchemaError.byId(s.expectedId())).as(s.toString()).isNotNull();
            }
        }
    }
}
