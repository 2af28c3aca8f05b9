package cn.sh.pilot.exchange.receipt;

import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.exchange.signature.VerificationReport;

/**
 * One file from the municipal {@code receipts/} folder, as a recommender reads it: a verified receipt, a verified
 * decision notice, or refused — its signature, trust, signer (must be the municipal site) or schema failed, named by
 * {@link #refusal()}; a refused answer's content is never read further.
 */
public sealed interface MunicipalAnswer {

    /** What the signature check found (checks, signer, signing time). */
    VerificationReport report();

    /** A receipt signed by the municipal site, valid against the receipt XSD. */
    record ReceiptAnswer(VerificationReport report, Receipt receipt) implements MunicipalAnswer {
        public ReceiptAnswer {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /** A decision notice (立项通知) signed by the municipal site, valid against the decision-notice XSD. */
    record NoticeAnswer(VerificationReport report, DecisionNotice notice) implements MunicipalAnswer {
        public NoticeAnswer {
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** Not verified or not readable: kept aside, shown, never applied. */
    record Refused(VerificationReport report, RefusedException error) implements MunicipalAnswer {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    default Optional<RefusedException> refusal() {
        return this instanceof Refused r ? Optional.of(r.error()) : Optional.empty();
    }
}
