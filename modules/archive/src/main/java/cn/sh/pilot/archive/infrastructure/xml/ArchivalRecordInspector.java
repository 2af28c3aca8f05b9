package cn.sh.pilot.archive.infrastructure.xml;

import java.nio.file.Path;
import java.util.List;

import cn.sh.pilot.archive.application.RecordInspector;
import cn.sh.pilot.contracts.archive.v1.ArchivalRecord;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ArchivalRecordMarshaller;

/** Reads an exported record through the validating marshaller (secure parser, XSD) and lists its packages. */
public final class ArchivalRecordInspector implements RecordInspector {

    private final ArchivalRecordMarshaller marshaller = new ArchivalRecordMarshaller();

    @Override
    public List<ListedPackage> inspect(Path recordFile) throws RefusedException {
        ArchivalRecord record = marshaller.read(recordFile);
        return record.getPackage().stream()
                .map(p -> new ListedPackage(p.getFileName(), p.getSha256(),
                        p.getVerdict() == PackageVerdict.REFUSED || p.getVerdict() == PackageVerdict.CONFLICT))
                .toList();
    }
}
