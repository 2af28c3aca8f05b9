package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ApplicationMarshaller;
import cn.sh.pilot.intake.domain.application.ReceivedApplication;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationMapper;

/**
 * The applications a recommender collected: every {@code *.xml} directly in the folder is one application document,
 * schema-checked on reading ({@link ApplicationMarshaller}) and mapped by intake's {@link ApplicationMapper}. The files
 * an application lists under {@code Attachments} are looked for in the sub-folder named after the XML file without
 * {@code .xml} ({@code xuhui-ops.xml} → {@code xuhui-ops/}).
 */
final class ApplicationFolder {

    /** One application read from {@code file}. */
    record Collected(Path file, ReceivedApplication received) {

        String fileName() {
            return file.getFileName().toString();
        }

        /** Where the application's attachment files are looked for. */
        Path attachmentFolder() {
            String name = fileName();
            return file.resolveSibling(name.substring(0, name.length() - ".xml".length()));
        }
    }

    private final ApplicationMarshaller marshaller = new ApplicationMarshaller();
    private final ApplicationMapper mapper = new ApplicationMapper();

    /** Every readable application; each unreadable one becomes a problem naming the file and the schema error. */
    List<Collected> read(Path folder, String recommenderCode, Instant receivedAt, Problems problems) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        if (files.isEmpty()) {
            problems.add(BatchCliError.APPLICATIONS_NONE, folder.toString(), null);
        }
        List<Collected> collected = new ArrayList<>();
        for (Path file : files) {
            try {
                Application document = marshaller.read(file);
                collected.add(new Collected(file, mapper.toDomain(document, recommenderCode, receivedAt)));
            } catch (RefusedException refused) {
                problems.add(refused, file.getFileName().toString());
            }
        }
        return collected;
    }
}
