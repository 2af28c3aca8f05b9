package cn.sh.pilot.archive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;

/**
 * {@code n} projects made up on the fly, one at a time, never held: every fourth is a rejected
 * application, the others approved projects with two state changes; all share two real signed originals.
 */
public final class GeneratedHistorySource implements ProjectHistorySource {

    private final long n;
    private final PackageHistory received;
    private final PackageHistory sent;

    public GeneratedHistorySource(long n, Path batch, Path decision) throws IOException {
        this.n = n;
        this.received = Histories.received(batch, Histories.XUHUI, PackageVerdict.ACCEPTED, Histories.at(2023, 5, 18, 14));
        this.sent = Histories.sent(decision, Histories.at(2023, 7, 20, 10));
    }

    @Override
    public long count(Selection selection) {
        return n;
    }

    @Override
    public Stream<ProjectHistory> histories(Selection selection) {
        return LongStream.range(0, n).mapToObj(this::project);
    }

    private ProjectHistory project(long i) {
        if (i % 4 == 3) {
            ProjectDescription d = Histories.rejected(new UUID(0x1234_5678_9abc_4defL, 0x8000_0000_0000_0000L | i),
                    "生成的申请 " + i);
            return new ProjectHistory(d, List.of(received), List.of(Histories.stateChange(3 * i + 1,
                    "application.rejected", Histories.at(2023, 7, 20, 10), d.applicationId().toString())));
        }
        String number = String.format("SHBZSD-%d-%04d", 2023 + (i / 10000), i % 10000);
        ProjectDescription d = Histories.approved(number, "生成的试点项目 " + i);
        return new ProjectHistory(d, List.of(received, sent),
                List.of(Histories.stateChange(3 * i + 1, "application.imported", Histories.at(2023, 5, 18, 14), number),
                        Histories.stateChange(3 * i + 2, "project.approved", Histories.at(2023, 7, 20, 10), number)));
    }
}
