package cn.sh.pilot.exchange.inbox;

import java.util.Optional;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;

/**
 * The business side of an import, implemented by the module that owns a document kind (review
 * implements it for {@link ContractDocument#RECOMMENDATION_BATCH}: batch chain, per-item rules,
 * database writes). The pipeline calls it only for a package that passed every earlier check:
 * stored, verified, signer = claimed sender = account, payload valid against its schema.
 *
 * <p>{@link #handle} runs inside the transaction in which the pipeline also records the package's
 * final state; the handler must do its database work through the same (JTA) transaction, and
 * must not send anything outside it (no mail, no files): the transaction may roll back and the
 * package be judged again after a crash.
 */
public interface PackageHandler {

    /** The document kind (payload root element) this handler takes. */
    ContractDocument document();

    /**
     * SHA-256 (lower-case hex) of the rules that judge the packages, e.g. of the sorted list of
     * the handler's rule names and versions; written into every receipt as {@code RulePackSha256}.
     */
    String rulePackSha256();

    /**
     * The batch (document) id of the package, read before the transaction: a batch id already
     * imported with other bytes makes the package a conflict without calling {@link #handle}.
     * Empty for document kinds that need no such guard.
     *
     * @throws RefusedException if the id cannot be read; the package is refused with that id
     */
    Optional<String> batchId(ReceivedPackage pkg) throws RefusedException;

    /**
     * Judges and imports the package in the caller's transaction.
     *
     * @throws RefusedException to refuse the whole package with one reason (the transaction rolls back)
     */
    HandlerOutcome handle(ReceivedPackage pkg) throws RefusedException;
}
