package cn.sh.pilot.exchange.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.namespace.QName;

import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ContractMarshaller;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;
import cn.sh.pilot.contracts.schema.SchemaSet;
import cn.sh.pilot.exchange.Words;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.exchange.receipt.ReceiptVerdict;
import cn.sh.pilot.exchange.receipt.ReceiptWriter;
import cn.sh.pilot.exchange.signature.Check;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;

/**
 * Imports packages: each arriving file is stored write-once, recorded, removed from the inbox,
 * judged by exactly one worker, and answered with a signed receipt.
 *
 * <p>The stages of a judgement, each a line ({@link InboxCheck}) in the ledger, and the first
 * failure decides the refusal: <b>stored</b> → the verifier's checks (container, signature,
 * coverage, key, value, signing time, digests, claimed sender, certificate issuer, validity, path,
 * usage, revocation, registration, signer = claimed sender) → <b>sender-is-account</b> (the
 * claimed sender is the account it came through: {@code sender-not-account}) →
 * <b>payload-kind</b> (a known root element) → <b>payload-schema</b> (the right marshaller by root
 * element) → <b>handler</b> (one for this kind: {@code payload-kind-not-accepted}) →
 * <b>batch-id</b> (not imported before with other bytes: {@code batch-id-conflict}) →
 * <b>business-rules</b> (the handler, in one transaction with the ledger's final state).
 *
 * <p>Thread-safe: any number of workers (threads, instances) may call {@link #take},
 * {@link #process} and {@link #deliverReceipts} at once; the ledger's claim lets exactly one judge
 * a package. Each call works on one package.
 */
public final class InboxPipeline {

    private static final Logger LOG = Logger.getLogger(InboxPipeline.class.getName());

    private final PackageStore store;
    private final PackageLedger ledger;
    private final TransactionRunner transactions;
    private final PackageVerifier verifier;
    private final Map<ContractDocument, PackageHandler> handlers;
    private final ReceiptWriter receipts;
    private final InboxFolders folders;
    private final Clock clock;
    private final String instance;
    private final String schemaSetSha256 = SchemaSet.contracts().sha256();

    private InboxPipeline(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.ledger = Objects.requireNonNull(b.ledger, "ledger");
        this.transactions = Objects.requireNonNull(b.transactions, "transactions");
        this.verifier = Objects.requireNonNull(b.verifier, "verifier");
        this.handlers = new EnumMap<>(b.handlers);
        this.receipts = Objects.requireNonNull(b.receipts, "receipts");
        this.folders = Objects.requireNonNull(b.folders, "folders");
        this.clock = b.clock;
        this.instance = Objects.requireNonNull(b.instance, "instance");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This instance's name, as recorded in its claims. */
    public String instance() {
        return instance;
    }

    public PackageLedger ledger() {
        return ledger;
    }

    /**
     * For {@code InboxWatcher.start(…, pipeline.listener())}: takes each arrival; a failure is
     * rethrown so that the watcher offers the file again (when it is still in the inbox) and is
     * otherwise left to {@link InboxRecovery}.
     */
    public Consumer<InboxArrival> listener() {
        return arrival -> {
            try {
                take(arrival);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("import of " + arrival.file() + " stopped: " + e.getMessage(), e);
            }
        };
    }

    /** Receives the arrival, judges its package if nobody has, and writes the receipts owed. */
    public void take(InboxArrival arrival) throws Exception {
        RecordedArrival recorded = receive(arrival);
        String sha256 = recorded.arrival().sha256();
        if (recorded.state() == PackageState.RECEIVED) {
            process(sha256);
        }
        deliverReceipts(sha256);
    }

    /**
     * Keeps the file in the store, records its arrival, then removes it from the inbox; nothing
     * is judged yet. Safe to repeat after a crash: a file recorded but not removed is recognised.
     */
    public RecordedArrival receive(InboxArrival arrival) throws IOException {
        Path source = arrival.file().toAbsolutePath().normalize();
        StoredPackage stored = store.put(source);
        RecordedArrival recorded = ledger.recordArrival(new ArrivalNote(stored.sha256(), stored.size(),
                arrival.recommenderCode(), arrival.channel(), source.toString(), now()));
        removeSource(recorded.arrival());
        return recorded;
    }

    /**
     * An operator's re-run of a refused package (e.g. after a trust-store fix): a new arrival
     * without a file, judged again, with a new receipt to the account of the previous judgement.
     */
    public RecordedArrival rerun(String sha256) throws Exception {
        PackageRecord pkg = ledger.find(sha256).orElseThrow(() -> new IllegalArgumentException("no package " + sha256));
        if (pkg.state() != PackageState.REFUSED) {
            throw new IllegalStateException("only a refused package can be re-run; " + sha256 + " is " + pkg.state());
        }
        RecordedArrival recorded = ledger.recordArrival(new ArrivalNote(sha256, pkg.size(), pkg.account(), pkg.channel(),
                null, now()));
        if (recorded.state() == PackageState.RECEIVED) {
            process(sha256);
        }
        deliverReceipts(sha256);
        return recorded;
    }

    /** Claims the package if it is waiting and judges it; returns its record afterwards (empty if someone else has it). */
    public Optional<PackageRecord> process(String sha256) throws Exception {
        Optional<Claim> claim = ledger.claim(sha256, instance, now());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        judge(claim.get());
        return ledger.find(sha256);
    }

    /** Writes every receipt the package owes (if it is finished); returns how many were written now. */
    public int deliverReceipts(String sha256) throws IOException {
        List<Arrival> arrivals = ledger.arrivals(sha256);
        Optional<PackageRecord> pkg = ledger.find(sha256);
        if (pkg.isEmpty() || !pkg.get().state().finished()) {
            return 0;
        }
        int written = 0;
        for (Arrival arrival : arrivals) {
            if (arrival.receiptOwed()) {
                String name = ReceiptPlan.fileName(arrival);
                receipts.write(ReceiptPlan.forArrival(pkg.get(), arrival), folders.receipts(arrival.channel(),
                        arrival.account()), name);
                ledger.receiptWritten(sha256, arrival.number(), name, now());
                written++;
            }
        }
        return written;
    }

    /** Removes an arrival's inbox file if it is still the recorded bytes, then notes it gone. */
    void removeSource(Arrival arrival) throws IOException {
        if (arrival.source() == null || arrival.sourceRemoved()) {
            return;
        }
        Path source = Path.of(arrival.source());
        if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)
                && PackageStore.digestOf(source).equals(arrival.sha256())) {
            Files.deleteIfExists(source);
        }
        ledger.sourceRemoved(arrival.sha256(), arrival.number());
    }

    /** Judges the claimed package and records the result; a crash anywhere leaves it {@code PROCESSING}. */
    void judge(Claim claim) throws Exception {
        Judging j = new Judging(claim);
        Optional<Judgement> early = j.checksBeforeHandler();
        if (early.isPresent()) {
            finish(claim, early.get());
            return;
        }
        try {
            transactions.inTransaction(() -> {
                HandlerOutcome outcome = j.handler.handle(j.pkg);
                if (!outcome.imported()) {
                    throw new RefusedByHandler(outcome);
                }
                ledger.complete(claim, j.judgement(ReceiptVerdict.ACCEPTED, List.of(), outcome.items(),
                        pass(j, outcome)));
                return null;
            });
        } catch (RefusedByHandler refused) {
            finish(claim, j.judgement(ReceiptVerdict.REFUSED, refused.outcome.reasons(), refused.outcome.items(),
                    j.businessCheck(false, refused.outcome.reasons().get(0))));
        } catch (RefusedException refused) {
            ReceiptReason reason = reason(refused);
            finish(claim, j.judgement(ReceiptVerdict.REFUSED, List.of(reason), List.of(), j.businessCheck(false, reason)));
        } catch (BatchIdTakenException taken) {
            finish(claim, j.conflict(taken.holder()));
        } catch (ClaimLostException lost) {
            LOG.log(Level.INFO, "{0}; the other worker''s result stands", lost.getMessage());
        }
    }

    private InboxCheck pass(Judging j, HandlerOutcome outcome) {
        long refusedItems = outcome.items().stream().filter(i -> !i.accepted()).count();
        return new InboxCheck("business-rules", Words.of("业务规则", "business rules"), j.document.shortName(), true,
                Words.of(outcome.items().size() + " 项，其中 " + refusedItems + " 项不通过",
                        outcome.items().size() + " items, " + refusedItems + " refused"), null);
    }

    private void finish(Claim claim, Judgement judgement) throws Exception {
        try {
            transactions.inTransaction(() -> {
                ledger.complete(claim, judgement);
                return null;
            });
        } catch (ClaimLostException lost) {
            LOG.log(Level.INFO, "{0}; the other worker''s result stands", lost.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ReceiptReason reason(RefusedException e) {
        return ReceiptReason.of(e.error(), e.detail());
    }

    /** The state of one judgement as it goes through the stages. */
    private final class Judging {
        private final Claim claim;
        private final List<InboxCheck> checks = new ArrayList<>();
        private PackageRecord record;
        private VerificationReport report;
        private ContractDocument document;
        private PackageHandler handler;
        private ReceivedPackage pkg;
        private String batchId;

        Judging(Claim claim) {
            this.claim = claim;
        }

        /** Runs every stage up to the handler; a refusal (or conflict) if one fails, else empty. */
        Optional<Judgement> checksBeforeHandler() throws IOException {
            record = ledger.find(claim.sha256()).orElseThrow(() -> new IllegalStateException("claimed package "
                    + claim.sha256() + " is not in the ledger"));
            StoredPackage stored = store.find(claim.sha256()).orElseThrow(() -> new IllegalStateException(
                    "package " + claim.sha256() + " is in the ledger but not in the store " + store.path(claim.sha256())));
            checks.add(new InboxCheck("stored", Words.of("写入只写存储", "kept in the write-once store"), stored.sha256(), true,
                    Words.of(stored.size() + " 字节，SHA-256 " + stored.sha256(), stored.size() + " bytes, SHA-256 " + stored.sha256()),
                    null));

            report = verifier.verify(stored.file());
            for (Check c : report.checks()) {
                checks.add(new InboxCheck(c.name().name().toLowerCase().replace('_', '-'), c.name().title(), c.subject(),
                        c.passed(), c.finding(), c.error() == null ? null : c.error().id()));
            }
            if (!report.accepted()) {
                List<ReceiptReason> reasons = report.failures().stream()
                        .map(c -> new ReceiptReason(c.error().id(), c.finding().zh(), c.finding().en(), c.subject()))
                        .toList();
                return Optional.of(judgement(ReceiptVerdict.REFUSED, reasons, List.of(), null));
            }

            if (!record.account().equals(report.claimedSender())) {
                return refuse("sender-is-account", Words.of("发送方即上传账户", "sender is the uploading account"),
                        record.account(), InboxError.SENDER_NOT_ACCOUNT, "signed by " + report.claimedSender()
                        + ", received through account " + record.account());
            }
            checks.add(new InboxCheck("sender-is-account", Words.of("发送方即上传账户", "sender is the uploading account"),
                    record.account(), true, Words.of("账户 " + record.account() + " 与签名者一致",
                    "account " + record.account() + " is the signer"), null));

            Words kindTitle = Words.of("报文类型", "payload kind");
            pkg = new ReceivedPackage(record.sha256(), stored.file(), record.account(), report.claimedSender(),
                    report.signer(), report.signingTime(), null, report.payloadName());
            QName root;
            try {
                root = PayloadRoot.of(pkg);
            } catch (RefusedException e) {
                return refuse("payload-kind", kindTitle, report.payloadName(), e.error(), e.detail());
            }
            Optional<ContractDocument> kind = ContractDocument.byRoot(root);
            if (kind.isEmpty()) {
                return refuse("payload-kind", kindTitle, report.payloadName(), SchemaError.UNKNOWN_ROOT_ELEMENT,
                        root.toString());
            }
            document = kind.get();
            pkg = new ReceivedPackage(record.sha256(), stored.file(), record.account(), report.claimedSender(),
                    report.signer(), report.signingTime(), document, report.payloadName());
            checks.add(new InboxCheck("payload-kind", kindTitle, report.payloadName(), true,
                    Words.of("报文为 " + root.getLocalPart(), "the payload is a " + root.getLocalPart()), null));

            Words schemaTitle = Words.of("报文符合模式", "payload valid against its schema");
            try (InputStream in = pkg.openPayload()) {
                ContractMarshaller.forDocument(document).validate(in);
            } catch (RefusedException e) {
                return refuse("payload-schema", schemaTitle, report.payloadName(), e.error(), e.detail());
            }
            checks.add(new InboxCheck("payload-schema", schemaTitle, document.schemaPath(), true,
                    Words.of("符合 " + document.schemaPath(), "valid against " + document.schemaPath()), null));

            handler = handlers.get(document);
            if (handler == null) {
                return refuse("payload-handler", Words.of("市级收件箱接收此类报文", "the municipal inbox takes this kind"),
                        root.getLocalPart(), InboxError.PAYLOAD_KIND_NOT_ACCEPTED, root.getLocalPart());
            }

            Words batchTitle = Words.of("批次标识未被其他内容使用", "batch id not used by other content");
            try {
                batchId = handler.batchId(pkg).orElse(null);
            } catch (RefusedException e) {
                return refuse("batch-id", batchTitle, report.payloadName(), e.error(), e.detail());
            }
            if (batchId != null) {
                Optional<String> holder = ledger.batchHolder(batchId);
                if (holder.isPresent() && !holder.get().equals(record.sha256())) {
                    return Optional.of(conflict(holder.get()));
                }
            }
            checks.add(new InboxCheck("batch-id", batchTitle, batchId, true,
                    Words.of(batchId == null ? "无批次标识" : "批次 " + batchId + " 首次导入",
                            batchId == null ? "no batch id" : "batch " + batchId + " is new"), null));
            return Optional.empty();
        }

        Judgement conflict(String holder) {
            ReceiptReason reason = ReceiptReason.of(InboxError.BATCH_ID_CONFLICT, "batch " + batchId
                    + " was imported with package " + holder);
            checks.removeIf(c -> c.name().equals("batch-id") || c.name().equals("business-rules"));
            checks.add(new InboxCheck("batch-id", Words.of("批次标识未被其他内容使用", "batch id not used by other content"),
                    batchId, false, Words.of(reason.zh(), reason.en()), reason.code()));
            return judgement(ReceiptVerdict.CONFLICT, List.of(reason), List.of(), null);
        }

        InboxCheck businessCheck(boolean passed, ReceiptReason reason) {
            return new InboxCheck("business-rules", Words.of("业务规则", "business rules"), document.shortName(), passed,
                    Words.of(reason.zh(), reason.en()), passed ? null : reason.code());
        }

        private Optional<Judgement> refuse(String name, Words title, String subject, ErrorId error, String detail) {
            ReceiptReason reason = ReceiptReason.of(error, detail).at(subject);
            checks.add(new InboxCheck(name, title, subject, false, Words.of(reason.zh(), reason.en()), error.id()));
            return Optional.of(judgement(ReceiptVerdict.REFUSED, List.of(reason), List.of(), null));
        }

        Judgement judgement(ReceiptVerdict verdict, List<ReceiptReason> reasons, List<ItemResult> items, InboxCheck last) {
            List<InboxCheck> all = new ArrayList<>(checks);
            if (last != null) {
                all.add(last);
            }
            String rulePack = handler == null ? PipelineRules.SHA256 : handler.rulePackSha256();
            return new Judgement(verdict, batchId, document == null ? null : document.root().getLocalPart(),
                    report == null ? null : report.claimedSender(), reasons, items, all, schemaSetSha256, rulePack, now());
        }
    }

    /** Carries a handler's refusal out of its transaction, so that the transaction rolls back. */
    private static final class RefusedByHandler extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient HandlerOutcome outcome;

        RefusedByHandler(HandlerOutcome outcome) {
            super("refused by the handler", null, false, false);
            this.outcome = outcome;
        }
    }

    /** Assembles a pipeline from its parts. */
    public static final class Builder {
        private PackageStore store;
        private PackageLedger ledger;
        private TransactionRunner transactions;
        private PackageVerifier verifier;
        private final Map<ContractDocument, PackageHandler> handlers = new EnumMap<>(ContractDocument.class);
        private ReceiptWriter receipts;
        private InboxFolders folders;
        private Clock clock = Clock.systemUTC();
        private String instance;

        private Builder() {
        }

        public Builder store(PackageStore store) {
            this.store = store;
            return this;
        }

        public Builder ledger(PackageLedger ledger) {
            this.ledger = ledger;
            return this;
        }

        public Builder transactions(TransactionRunner transactions) {
            this.transactions = transactions;
            return this;
        }

        /** The verifier over the current trust store (municipal code and every recommender registered). */
        public Builder verifier(PackageVerifier verifier) {
            this.verifier = verifier;
            return this;
        }

        /** Adds the handler of one document kind; a second one for the same kind is a mistake. */
        public Builder handler(PackageHandler handler) {
            if (handlers.putIfAbsent(handler.document(), handler) != null) {
                throw new IllegalArgumentException("two handlers for " + handler.document());
            }
            return this;
        }

        /** The receipt writer (signing with the municipal key) and where each account's receipts go. */
        public Builder receipts(ReceiptWriter receipts, InboxFolders folders) {
            this.receipts = receipts;
            this.folders = folders;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** This instance's stable name (e.g. the Payara instance name): claims carry it. */
        public Builder instance(String instance) {
            this.instance = instance;
            return this;
        }

        public InboxPipeline build() {
            return new InboxPipeline(this);
        }
    }
}
