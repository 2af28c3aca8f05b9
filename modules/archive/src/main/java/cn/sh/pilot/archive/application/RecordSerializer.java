package cn.sh.pilot.archive.application;

import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.domain.retention.RetentionDecision;
import cn.sh.pilot.contracts.error.RefusedException;

/** Port: turns one project history into archival-record XML that has already validated against the XSD. */
public interface RecordSerializer {

    /**
     * @return the record's UTF-8 bytes, validated against {@code archival-record.xsd}
     * @throws RefusedException with the schema error id when the record would not validate
     */
    byte[] serialize(ProjectHistory history, RetentionDecision retention, ExportStamp stamp) throws RefusedException;
}
