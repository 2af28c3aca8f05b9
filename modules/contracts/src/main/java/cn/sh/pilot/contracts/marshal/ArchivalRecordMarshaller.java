package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.archive.v1.ArchivalRecord;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes archival records (归档记录), validating every time. */
public final class ArchivalRecordMarshaller extends ContractMarshaller<ArchivalRecord> {

    public ArchivalRecordMarshaller() {
        super(ContractDocument.ARCHIVAL_RECORD, ArchivalRecord.class);
    }
}
