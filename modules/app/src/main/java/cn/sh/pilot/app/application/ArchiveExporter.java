package cn.sh.pilot.app.application;

import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Progress;
import cn.sh.pilot.contracts.error.RefusedException;
import java.nio.file.Path;

/** Archive's export use case over this site's database and municipal key, and where the console keeps exports. */
public interface ArchiveExporter {

    /** The folder holding the console's exports ({@code <data>/archive-exports}). */
    Path folder();

    ExportResult export(ExportRequest request, Progress progress) throws RefusedException;
}
