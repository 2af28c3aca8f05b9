package cn.sh.pilot.exchange.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.DecisionNoticeMarshaller;
import cn.sh.pilot.contracts.marshal.ReceiptMarshaller;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Reads what a recommender fetched from its municipal {@code receipts/} folder — the one place the command line
 * ({@code pilot receipts fetch}) and the recommender site share: the package is verified first (signature, trust,
 * signer = the municipal site {@link TrustStore#MUNICIPAL_CODE}); only then is its payload read and validated, as a
 * receipt ({@value ReceiptWriter#PAYLOAD}) or else as a decision notice. Never throws for a bad package: the answer
 * says it was refused and why.
 */
public final class MunicipalAnswerReader {

    private final PackageVerifier verifier;

    public MunicipalAnswerReader(PackageVerifier verifier) {
        this.verifier = verifier;
    }

    /** @throws IOException only when the local file cannot be read at all */
    public MunicipalAnswer read(Path file) throws IOException {
        VerificationReport report = verifier.verify(file);
        try {
            report.orThrow();
            if (!TrustStore.MUNICIPAL_CODE.equals(report.claimedSender())) {
                throw new RefusedException(PackageError.SIGNER_NOT_CLAIMED_SENDER,
                        "an answer comes from " + TrustStore.MUNICIPAL_CODE + ", this one from " + report.claimedSender());
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = report.payloadName() == null ? null : zip.getEntry(report.payloadName());
                if (entry == null) {
                    throw new RefusedException(PackageError.PAYLOAD_MISSING, String.valueOf(report.payloadName()));
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return ReceiptWriter.PAYLOAD.equals(report.payloadName())
                            ? new MunicipalAnswer.ReceiptAnswer(report, new ReceiptMarshaller().read(in))
                            : new MunicipalAnswer.NoticeAnswer(report, new DecisionNoticeMarshaller().read(in));
                }
            }
        } catch (RefusedException refused) {
            return new MunicipalAnswer.Refused(report, refused);
        }
    }
}
