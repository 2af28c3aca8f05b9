package cn.sh.pilot.exchange.receipt;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ReceiptMarshaller;
import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.JudgedBy;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.container.PackageLimits;
import cn.sh.pilot.exchange.keys.Recommender;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.NoReplaceMove;
import cn.sh.pilot.exchange.transport.SiteFolders;

/**
 * Writes a receipt as a package signed with the municipal site's key: the receipt XML (validated
 * by {@link ReceiptMarshaller} as it is written) is the payload {@code receipt.xml}, the same
 * bytes for the same content; the signature is made now (not at the issue time, which may precede
 * the current municipal certificate when a lost receipt is written again). It is written under a temporary name ({@code .<name>.<uuid>.part}, which the
 * transport never shows as complete), forced to disk, and then published under its final name
 * without ever replacing a file: if the name exists, the receipt was already written.
 */
public final class ReceiptWriter {

    /** The payload's name inside a receipt package. */
    public static final String PAYLOAD = "receipt.xml";

    private final SigningKey key;
    private final Clock clock;
    private final Party sender;
    private final ReceiptMarshaller marshaller = new ReceiptMarshaller();

    /** A writer signing as the municipal site ({@code 310000}, whose certificate the trust store registers). */
    public ReceiptWriter(SigningKey municipalKey) {
        this(municipalKey, Clock.systemUTC());
    }

    /** A writer whose signatures carry this clock's time. */
    public ReceiptWriter(SigningKey municipalKey, Clock clock) {
        this.key = Objects.requireNonNull(municipalKey);
        this.clock = Objects.requireNonNull(clock);
        this.sender = new Party();
        sender.setCode(Recommender.MUNICIPAL.code());
        sender.setName(Recommender.MUNICIPAL.zh());
    }

    /**
     * Writes the receipt as {@code folder/fileName} unless that name exists already.
     *
     * @return the receipt's path, whether written now or before
     * @throws IOException if the folder cannot be written
     * @throws IllegalStateException if the content does not make a valid receipt (a bug, not an input problem)
     */
    public Path write(ReceiptContent content, Path folder, String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        SiteFolders.createPrivateFolders(folder);
        String stem = "." + fileName + "." + UUID.randomUUID();
        Path unsigned = folder.resolve(stem + ".unsigned");
        Path temporary = folder.resolve(stem + ".part");
        try {
            Clock issued = Clock.fixed(content.issued().toInstant(), ZoneOffset.UTC);
            PackageBuilder.create(issued).payload(PAYLOAD, xml(content)).writeTo(unsigned);
            new PackageSigner(key, clock, PackageLimits.defaults()).sign(unsigned, temporary);
            SiteFolders.restrict(temporary, SiteFolders.FILE_PERMISSIONS);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            NoReplaceMove.move(temporary, target);
            forceFolder(folder);
        } catch (FileAlreadyExistsException writtenMeanwhile) {
            // another worker answered the same arrival a moment ago: its receipt stands
        } catch (RefusedException e) {
            throw new IllegalStateException("receipt " + content.receiptId() + " is not valid: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /** The receipt document, validated against the receipt schema. */
    public byte[] xml(ReceiptContent content) throws RefusedException {
        Receipt receipt = new Receipt();
        receipt.setSender(sender);
        receipt.setReceiptId(content.receiptId());
        receipt.setRecipient(content.recipient());
        receipt.setPackageSha256(content.packageSha256());
        receipt.setBatchId(content.batchId());
        receipt.setVerdict(Verdict.valueOf(content.verdict().name()));
        receipt.getReason().addAll(reasons(content.reasons()));
        for (ItemResult item : content.items()) {
            cn.sh.pilot.contracts.receipt.v1.ItemResult result = new cn.sh.pilot.contracts.receipt.v1.ItemResult();
            result.setItemId(item.itemId());
            result.setVerdict(item.accepted() ? ItemVerdict.ACCEPTED : ItemVerdict.REFUSED);
            result.getReason().addAll(reasons(item.reasons()));
            receipt.getItemResult().add(result);
        }
        JudgedBy judgedBy = new JudgedBy();
        judgedBy.setSchemaSetSha256(content.schemaSetSha256());
        judgedBy.setRulePackSha256(content.rulePackSha256());
        receipt.setJudgedBy(judgedBy);
        receipt.setIssued(content.issued());
        return marshaller.write(receipt);
    }

    private static List<Reason> reasons(List<ReceiptReason> reasons) {
        return reasons.stream().limit(ReceiptContent.MAX_REASONS).map(r -> {
            Reason reason = new Reason();
            reason.setCode(r.code());
            reason.setZh(r.zh());
            reason.setEn(r.en());
            reason.setLocation(r.location());
            return reason;
        }).toList();
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisFileSystem) {
            // best effort: some file systems cannot sync a directory
        }
    }
}
