package cn.sh.pilot.archive.application;

import java.nio.file.Path;
import java.util.List;

import cn.sh.pilot.contracts.error.RefusedException;

/** Port: validates an exported record file against the XSD and says which originals it lists. */
public interface RecordInspector {

    /** A package the record lists: file name under {@code originals/}, SHA-256, and whether the import refused it. */
    record ListedPackage(String fileName, String sha256, boolean refusedAtImport) {
    }

    /** @throws RefusedException with the schema error id when the file does not validate */
    List<ListedPackage> inspect(Path recordFile) throws RefusedException;
}
