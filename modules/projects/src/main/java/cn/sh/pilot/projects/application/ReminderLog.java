package cn.sh.pilot.projects.application;

import cn.sh.pilot.projects.domain.term.Reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reminders the daily job has created, each once ({@code (project, kind, due)}), and the last day it ran for. */
public interface ReminderLog {

    /** Stores the reminder unless it is there already; true when stored now. */
    boolean add(Reminder reminder, Instant created);

    /** The newest reminders first, at most {@code max}; only a guarantor's when given. */
    List<Stored> recent(String guarantorOrNull, int max);

    /** The last day the job covered, locking it until the transaction ends (one job at a time across instances). */
    Optional<LocalDate> lastRunDay();

    void ranFor(LocalDate day);

    /** A stored reminder with the time it was created. */
    record Stored(Reminder reminder, Instant created) {
    }
}
