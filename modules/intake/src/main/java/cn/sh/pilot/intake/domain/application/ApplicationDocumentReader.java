package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.contracts.error.RefusedException;

import java.io.InputStream;
import java.time.Instant;

/**
 * Reads an application document (XML, {@code schemas/application/v1}) into a draft. Implemented where the generated
 * contract types live ({@code infrastructure.xml.ApplicationXmlReader}); the domain never sees them.
 */
public interface ApplicationDocumentReader {

    /**
     * Checks the document against its schema and maps it.
     *
     * @param recommenderCode the recommender receiving it (the draft is addressed to it)
     * @param receivedAt      when it was received (the draft's creation time)
     * @throws RefusedException with a schema error id (detail: line, column and element path) when the document
     *                          breaks its schema, or {@code application-content-invalid} when a value cannot be taken
     */
    ReceivedApplication read(InputStream document, String recommenderCode, Instant receivedAt) throws RefusedException;
}
