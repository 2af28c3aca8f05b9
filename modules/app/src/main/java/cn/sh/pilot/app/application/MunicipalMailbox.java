package cn.sh.pilot.app.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.exchange.receipt.MunicipalAnswer;
import cn.sh.pilot.review.domain.decision.NoticedDecision;

/**
 * The recommender site's {@code receipts/} folder on the municipal SFTP endpoint and its local copy: fetches what is
 * new, and reads a local file as a verified answer (pinned municipal certificate, XSD) or a refused one.
 */
public interface MunicipalMailbox {

    /** A local copy of a fetched file with its SHA-256. */
    record Held(Path file, String sha256) {
    }

    /**
     * One fetching round: how many files were new, every file held locally, and the transport error (id, texts,
     * detail) when the round did not complete.
     */
    record Round(int fetched, List<Held> held, String errorId, String errorZh, String errorEn, String detail) {

        public boolean complete() {
            return errorId == null;
        }
    }

    /** Whether fetching is configured (endpoint and pinned municipal certificate). */
    boolean canFetch();

    Round fetch();

    MunicipalAnswer read(Path file) throws IOException;

    /** A verified notice's decisions (review's reading of the decision-notice document). */
    List<NoticedDecision> decisions(DecisionNotice notice);
}
