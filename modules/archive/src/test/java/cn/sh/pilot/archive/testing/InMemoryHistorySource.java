package cn.sh.pilot.archive.testing;

import java.util.List;
import java.util.stream.Stream;

import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.api.Selection;

/** A source over a list, filtered by {@link Selection#matches}. */
public record InMemoryHistorySource(List<ProjectHistory> histories) implements ProjectHistorySource {

    @Override
    public long count(Selection selection) {
        return histories.stream().filter(h -> selection.matches(h.description())).count();
    }

    @Override
    public Stream<ProjectHistory> histories(Selection selection) {
        return histories.stream().filter(h -> selection.matches(h.description()));
    }
}
