package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.application.Who;
import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.exchange.inbox.ReceivedPackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** What the guarantors' package handlers share: the payload's bytes, who sent it, the rule pack digest. */
final class GuarantorPackages {

    private GuarantorPackages() {
    }

    static byte[] payload(ReceivedPackage pkg) {
        try (InputStream in = pkg.payload().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the stored package cannot be read: " + pkg.sha256(), e);
        }
    }

    /** The verified sender acting for its organisation: the signer's subject, as an operator of the guarantor. */
    static Who sender(ReceivedPackage pkg) {
        String signer = pkg.signer() == null ? "package " + pkg.sha256().substring(0, 12)
                : pkg.signer().getSubjectX500Principal().getName();
        return new Who(signer.length() > 100 ? signer.substring(0, 100) : signer, pkg.sender(), true, false);
    }

    /** SHA-256 of the sorted rule ids a handler judges by, for the receipt's RulePackSha256. */
    static String rulePack(String handler, List<? extends ErrorId> rules) {
        String text = handler + "\n" + rules.stream().map(ErrorId::id).sorted().collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
