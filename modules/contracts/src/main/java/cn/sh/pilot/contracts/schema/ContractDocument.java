package cn.sh.pilot.contracts.schema;

import java.util.Arrays;
import java.util.Optional;

import javax.xml.namespace.QName;

import cn.sh.pilot.contracts.acceptance.v1.AcceptanceApplication;
import cn.sh.pilot.contracts.acceptance.v1.AcceptanceResult;
import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.archive.v1.ArchivalRecord;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.extension.v1.ExtensionDecision;
import cn.sh.pilot.contracts.extension.v1.ExtensionRequest;
import cn.sh.pilot.contracts.progress.v1.ProgressReport;
import cn.sh.pilot.contracts.receipt.v1.Receipt;

/**
 * The exchanged documents: for each, its root element, the XSD that defines it (relative to
 * {@code schemas/}) and the generated class bound to its root.
 */
public enum ContractDocument {

    APPLICATION("application", "Application", "application/v1/application.xsd", Application.class),
    RECOMMENDATION_BATCH("batch", "RecommendationBatch", "batch/v1/recommendation-batch.xsd", RecommendationBatch.class),
    RECEIPT("receipt", "Receipt", "receipt/v1/receipt.xsd", Receipt.class),
    DECISION_NOTICE("decision", "DecisionNotice", "decision/v1/decision-notice.xsd", DecisionNotice.class),
    PROGRESS_REPORT("progress", "ProgressReport", "progress/v1/progress-report.xsd", ProgressReport.class),
    EXTENSION_REQUEST("extension", "ExtensionRequest", "extension/v1/extension-request.xsd", ExtensionRequest.class),
    EXTENSION_DECISION("extension", "ExtensionDecision", "extension/v1/extension-decision.xsd", ExtensionDecision.class),
    ACCEPTANCE_APPLICATION("acceptance", "AcceptanceApplication", "acceptance/v1/acceptance-application.xsd",
            AcceptanceApplication.class),
    ACCEPTANCE_RESULT("acceptance", "AcceptanceResult", "acceptance/v1/acceptance-result.xsd", AcceptanceResult.class),
    ARCHIVAL_RECORD("archive", "ArchivalRecord", "archive/v1/archival-record.xsd", ArchivalRecord.class);

    /** Namespace of the common types, home of {@code cm:Sender}. */
    public static final String COMMON_NAMESPACE = "urn:cn:sh:pilot:common:v1";
    /** Where the common types live, relative to {@code schemas/}. */
    public static final String COMMON_SCHEMA = "common/v1/common.xsd";
    /** The sender element, first child of every root. */
    public static final QName SENDER = new QName(COMMON_NAMESPACE, "Sender");
    /** The sender's code inside {@link #SENDER}: the claimed signer. */
    public static final QName SENDER_CODE = new QName(COMMON_NAMESPACE, "Code");

    private final QName root;
    private final String schemaPath;
    private final Class<?> type;

    ContractDocument(String area, String rootName, String schemaPath, Class<?> type) {
        this.root = new QName("urn:cn:sh:pilot:" + area + ":v1", rootName);
        this.schemaPath = schemaPath;
        this.type = type;
    }

    /** The root element's qualified name. */
    public QName root() {
        return root;
    }

    public String namespace() {
        return root.getNamespaceURI();
    }

    /** The defining XSD, relative to {@code schemas/}, e.g. {@code batch/v1/recommendation-batch.xsd}. */
    public String schemaPath() {
        return schemaPath;
    }

    /** The generated class bound to the root element. */
    public Class<?> type() {
        return type;
    }

    /** The document's short name, also its samples folder: the XSD's file name without {@code .xsd}. */
    public String shortName() {
        String file = schemaPath.substring(schemaPath.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".xsd".length());
    }

    /** The document whose root element is {@code root}, if any. */
    public static Optional<ContractDocument> byRoot(QName root) {
        return Arrays.stream(values()).filter(d -> d.root.equals(root)).findFirst();
    }
}
