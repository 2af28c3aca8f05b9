package cn.sh.pilot.archive.infrastructure.xml;

import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.application.ExportStamp;
import cn.sh.pilot.archive.application.RecordSerializer;
import cn.sh.pilot.archive.domain.retention.RetentionDecision;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ArchivalRecordMarshaller;

/** Maps a history and writes it through the contract marshaller, which validates the very bytes it returns. */
public final class ArchivalRecordSerializer implements RecordSerializer {

    private final ArchivalRecordMapper mapper = new ArchivalRecordMapper();
    private final ArchivalRecordMarshaller marshaller = new ArchivalRecordMarshaller();

    @Override
    public byte[] serialize(ProjectHistory history, RetentionDecision retention, ExportStamp stamp) throws RefusedException {
        return marshaller.write(mapper.map(history, retention, stamp));
    }
}
