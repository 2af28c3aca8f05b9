package cn.sh.pilot.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.sh.pilot.contracts.Samples;

/** The packaged schema set is the repository's schemas/ folder, compiles from the jar alone, and has a reproducible digest. */
class SchemaSetTest {

    private final SchemaSet set = SchemaSet.contracts();

    @Test
    void the_set_holds_exactly_the_xsds_of_the_schemas_folder() throws IOException {
        Path dir = Samples.schemasDir();
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(dir)) {
            onDisk = files.filter(p -> p.toString().endsWith(".xsd"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("samples/")).sorted().toList();
        }
        assertThat(set.paths()).containsExactlyElementsOf(onDisk);
    }

    @Test
    void the_packaged_bytes_are_the_repository_bytes() throws IOException {
        for (String p : set.paths()) {
            assertThat(set.bytes(p)).as(p).isEqualTo(Files.readAllBytes(Samples.schemasDir().resolve(p)));
        }
    }

    @Test
    void the_digest_follows_its_documented_recipe() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String p : set.paths()) {
            byte[] b = Files.readAllBytes(Samples.schemasDir().resolve(p));
            md.update((p + "\n" + b.length + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(b);
        }
        assertThat(set.sha256()).isEqualTo(HexFormat.of().formatHex(md.digest())).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest
    @EnumSource(ContractDocument.class)
    void each_document_schema_compiles_from_the_class_path(ContractDocument document) {
        assertThat(set.schema(document)).isNotNull();
        assertThat(set.schema(document)).isSameAs(set.schema(document));
    }

    @Test
    void the_resolver_refuses_an_import_that_leaves_the_set() {
        ClasspathSchemaResolver resolver = new ClasspathSchemaResolver(set);
        String base = SchemaSet.BASE_URI + "batch/v1/recommendation-batch.xsd";
        assertThat(resolver.resolveResource(null, null, null, "../../common/v1/common.xsd", base).getSystemId())
                .isEqualTo(SchemaSet.BASE_URI + "common/v1/common.xsd");
        assertThatThrownBy(() -> resolver.resolveResource(null, null, null, "../../../../etc/passwd", base))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> resolver.resolveResource(null, null, null, "http://attacker.invalid/x.xsd", base))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> resolver.resolveResource(null, null, null, "../v2/other.xsd", base))
                .isInstanceOf(SecurityException.class);
    }
}
