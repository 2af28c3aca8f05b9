package cn.sh.pilot.exchange.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ReceiptMarshaller;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Reads a receipt package on the recommender's side: verifies it first (signature, trust, signer
 * = the municipal site {@link TrustStore#MUNICIPAL_CODE}), then reads and validates {@code receipt.xml}.
 */
public final class ReceiptReader {

    private final PackageVerifier verifier;
    private final ReceiptMarshaller marshaller = new ReceiptMarshaller();

    public ReceiptReader(PackageVerifier verifier) {
        this.verifier = verifier;
    }

    /** The verified receipt, or a refusal naming the first failed check or the schema error. */
    public Receipt read(Path receiptPackage) throws IOException, RefusedException {
        var report = verifier.verify(receiptPackage).orThrow();
        if (!TrustStore.MUNICIPAL_CODE.equals(report.claimedSender())) {
            throw new RefusedException(PackageError.SIGNER_NOT_CLAIMED_SENDER,
                    "a receipt comes from " + TrustStore.MUNICIPAL_CODE + ", this one from " + report.claimedSender());
        }
        try (ZipFile zip = new ZipFile(receiptPackage.toFile())) {
            ZipEntry entry = zip.getEntry(ReceiptWriter.PAYLOAD);
            if (entry == null) {
                throw new RefusedException(PackageError.PAYLOAD_MISSING, ReceiptWriter.PAYLOAD);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return marshaller.read(in);
            }
        }
    }
}
