package cn.sh.pilot.app.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A file from the municipal {@code receipts/} folder as the recommender site keeps it, once per SHA-256: a verified
 * receipt (with the package it answers, its verdict, batch-level reasons and item results), a verified decision notice
 * (立项通知: one line per decision), or REFUSED — not verified or not readable, with the error id and its Chinese and
 * English text; a refused answer is shown and never applied.
 */
public record ReceivedAnswer(String sha256, String fileName, Kind kind, Instant received, String documentId,
        Instant issued, String verdict, String answersPackage, String batchId, String documentNumber,
        Error error, List<Line> lines) {

    /** What the file turned out to be. */
    public enum Kind { RECEIPT, NOTICE, REFUSED }

    /** Why a file was refused: the error id, its texts and the detail. */
    public record Error(String id, String zh, String en, String detail) {
    }

    /**
     * One line: a batch-level reason ({@code outcome} REASON, no item), an item result (ACCEPTED / REFUSED) or a
     * decision (APPROVED with project number and term, REJECTED, CORRECTION_REQUESTED), with one reason if any.
     */
    public record Line(String itemId, String applicationId, String outcome, String projectNumber, LocalDate termStart,
            LocalDate termEnd, String code, String zh, String en) {
    }

    public ReceivedAnswer {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }
}
