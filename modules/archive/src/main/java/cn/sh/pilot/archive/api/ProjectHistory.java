package cn.sh.pilot.archive.api;

import java.util.List;
import java.util.Objects;

import cn.sh.pilot.contracts.audit.AuditEntry;

/**
 * Everything the archive keeps of one project: its description, every package received or sent
 * (with the stored originals), and its state changes from the audit log, in chain order.
 */
public record ProjectHistory(ProjectDescription description, List<PackageHistory> packages,
                             List<AuditEntry> stateChanges) {

    public ProjectHistory {
        Objects.requireNonNull(description, "description");
        packages = List.copyOf(packages);
        stateChanges = List.copyOf(stateChanges);
    }
}
