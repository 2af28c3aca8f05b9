package cn.sh.pilot.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches receipts and decision notices from the municipal {@code receipts/} folder — on schedule and from the
 * button on the batches page — and hands every local file not yet kept to {@link ReceiptDesk}, each in its own
 * transaction and outside the network transfer. Files fetched earlier but not yet kept (a crash, a database
 * outage) are taken at the next round. One round at a time.
 */
@ApplicationScoped
public class ReceiptFetching {

    private static final Logger LOG = Logger.getLogger(ReceiptFetching.class.getName());

    @Inject
    MunicipalMailbox mailbox;
    @Inject
    ReceiptDesk desk;

    /** What one round did: new files fetched; kept as receipts, notices, refused; the transport error if any. */
    public record Outcome(int fetched, int receipts, int notices, int refused, String errorId, String errorZh,
            String errorEn, String detail) {

        public boolean complete() {
            return errorId == null;
        }
    }

    public boolean canFetch() {
        return mailbox.canFetch();
    }

    public synchronized Outcome fetch() {
        MunicipalMailbox.Round round = mailbox.fetch();
        int receipts = 0;
        int notices = 0;
        int refused = 0;
        for (MunicipalMailbox.Held held : round.held()) {
            if (desk.known(held.sha256())) {
                continue;
            }
            try {
                ReceivedAnswer.Kind kept = desk.record(held, mailbox.read(held.file())).orElse(null);
                if (kept == ReceivedAnswer.Kind.RECEIPT) {
                    receipts++;
                } else if (kept == ReceivedAnswer.Kind.NOTICE) {
                    notices++;
                } else if (kept == ReceivedAnswer.Kind.REFUSED) {
                    refused++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "receipts: " + held.file() + " not kept yet: " + e, e);
            }
        }
        Outcome outcome = new Outcome(round.fetched(), receipts, notices, refused, round.errorId(), round.errorZh(),
                round.errorEn(), round.detail());
        LOG.log(outcome.fetched() + receipts + notices + refused > 0 || !outcome.complete() ? Level.INFO : Level.FINE,
                () -> "receipts: " + outcome);
        return outcome;
    }
}
