package cn.sh.pilot.projects.domain.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One standard a project produces (§三(二)): level, title, number once published, and the stages it went through,
 * each with its date. Stages only move forward; the registry enforces it.
 */
public final class StandardOutput {

    private final OutputKey key;
    private String number;
    private final List<StageChange> history = new ArrayList<>();

    StandardOutput(OutputKey key, StandardStage stage, LocalDate date, String number) {
        this.key = key;
        this.number = number;
        history.add(new StageChange(stage, date));
    }

    void advance(StandardStage stage, LocalDate date, String number) {
        history.add(new StageChange(stage, date));
        if (number != null) {
            this.number = number;
        }
    }

    public OutputKey key() {
        return key;
    }

    public StandardLevel level() {
        return key.level();
    }

    public String title() {
        return key.title();
    }

    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public StandardStage stage() {
        return history.get(history.size() - 1).stage();
    }

    /** The date the current stage was reached. */
    public LocalDate date() {
        return history.get(history.size() - 1).date();
    }

    public List<StageChange> history() {
        return Collections.unmodifiableList(history);
    }
}
