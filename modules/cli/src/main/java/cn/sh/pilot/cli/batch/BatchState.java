package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.batch.BatchChain;
import cn.sh.pilot.review.domain.batch.ChainLink;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * What this computer has sent for one recommender: {@code <state dir>/<code>.json}, one entry per batch
 * <em>delivered</em> to the municipal inbox (written by {@code batch send} after delivery, never by {@code batch build}),
 * and the municipal answer once {@code receipts fetch} has read its receipt. The chain a new batch continues is the
 * delivered batches that were not refused: a batch that was built but never delivered, or that the municipal site
 * refused, holds no place in it, so the next batch takes its sequence number.
 */
public final class BatchState {

    /** The municipal answer to a delivered batch. */
    public enum Status { SENT, ACCEPTED, REFUSED }

    /** One item of a delivered batch, to name the application when its receipt comes. */
    public record SentItem(String itemId, String applicationId, int rank, String project) {
    }

    /** One delivered batch. */
    public record SentBatch(int sequence, String batchId, String packageSha256, String remotePath, String sentAt,
            Status status, List<SentItem> items) {

        SentBatch answered(Status newStatus) {
            return new SentBatch(sequence, batchId, packageSha256, remotePath, sentAt, newStatus, items);
        }

        ChainLink link() {
            return new ChainLink(sequence, BatchId.of(batchId), new Sha256(packageSha256));
        }
    }

    /** The file's content. */
    record Content(int version, String recommender, List<SentBatch> batches) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final String recommender;
    private final List<SentBatch> batches;

    private BatchState(Path file, String recommender, List<SentBatch> batches) {
        this.file = file;
        this.recommender = recommender;
        this.batches = new ArrayList<>(batches);
    }

    /** The default folder: {@code ./.pilot-state}. */
    public static Path defaultFolder() {
        return Path.of(".pilot-state");
    }

    public static Path fileOf(Path folder, String recommenderCode) {
        return folder.resolve(recommenderCode + ".json");
    }

    /** The state of {@code recommenderCode} in {@code folder}; empty (nothing sent yet) when there is no file. */
    public static BatchState load(Path folder, String recommenderCode) throws IOException, RefusedException {
        Path file = fileOf(folder, recommenderCode);
        if (!Files.exists(file)) {
            return new BatchState(file, recommenderCode, List.of());
        }
        Content content;
        try {
            content = JSON.readValue(file.toFile(), Content.class);
        } catch (JacksonException e) {
            throw new RefusedException(BatchCliError.STATE_UNREADABLE, file + ": " + e.getOriginalMessage(), e);
        }
        if (content == null || content.batches() == null) {
            throw new RefusedException(BatchCliError.STATE_UNREADABLE, file.toString());
        }
        if (!recommenderCode.equals(content.recommender())) {
            throw new RefusedException(BatchCliError.STATE_OTHER_RECOMMENDER, file + ": " + content.recommender());
        }
        return new BatchState(file, recommenderCode, content.batches());
    }

    public Path file() {
        return file;
    }

    public List<SentBatch> batches() {
        return List.copyOf(batches);
    }

    /** The delivered batches not refused, as review's chain of this recommender. */
    public BatchChain chain() {
        return new BatchChain(new RecommenderCode(recommender),
                batches.stream().filter(b -> b.status() != Status.REFUSED).map(SentBatch::link).toList());
    }

    /** The last batch of the chain, which the next batch names as its previous one. */
    public Optional<ChainLink> lastSent() {
        return chain().last();
    }

    /** Application id → the id of the (not refused) batch that carried it. */
    public Map<String, String> sentApplications() {
        Map<String, String> sent = new LinkedHashMap<>();
        for (SentBatch b : batches) {
            if (b.status() != Status.REFUSED) {
                b.items().forEach(item -> sent.put(item.applicationId(), b.batchId()));
            }
        }
        return sent;
    }

    public Optional<SentBatch> byPackage(String packageSha256) {
        return batches.stream().filter(b -> b.packageSha256().equals(packageSha256)).findFirst();
    }

    /** Records a delivered batch and writes the file. */
    public void delivered(SentBatch batch) throws IOException {
        batches.add(batch);
        save();
    }

    /** Records the municipal answer to the delivered package with this digest; false if it is not one of ours. */
    public boolean answered(String packageSha256, Status status) throws IOException {
        for (int i = 0; i < batches.size(); i++) {
            SentBatch b = batches.get(i);
            if (b.packageSha256().equals(packageSha256)) {
                // an accepted batch stays accepted: a later duplicate or conflict answer is about a re-sent copy
                if (b.status() != Status.ACCEPTED) {
                    batches.set(i, b.answered(status));
                    save();
                }
                return true;
            }
        }
        return false;
    }

    /** Writes to a temporary file beside the state file, then moves it into place, so the file is never half-written. */
    private void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".part");
        JSON.writeValue(temporary.toFile(), new Content(1, recommender, batches));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
