package cn.sh.pilot.archive.infrastructure.bag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.application.BagDraft;
import cn.sh.pilot.archive.application.BagStore;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.SigningKey;

/**
 * Writes bags on the local file system, signed with the municipal key. A bag is staged in a hidden
 * sibling folder {@code .<name>.<random>.part} (same file system, so the final move is a rename) and
 * appears under its name only when complete.
 */
public final class FolderBagStore implements BagStore {

    private final SigningKey municipalKey;
    private final Clock clock;

    public FolderBagStore(SigningKey municipalKey, Clock clock) {
        this.municipalKey = Objects.requireNonNull(municipalKey);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public BagDraft begin(Path target, BagFormat format) throws IOException, RefusedException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(ArchiveError.EXPORT_TARGET_EXISTS, absolute.toString());
        }
        Path parent = Files.createDirectories(absolute.getParent());
        String name = absolute.getFileName().toString();
        String bagName = format == BagFormat.ZIP && name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                ? name.substring(0, name.length() - 4) : name;
        Path staging = parent.resolve("." + name + "." + UUID.randomUUID() + ".part");
        return new FolderBagDraft(staging, absolute, bagName, format, municipalKey, clock);
    }
}
