package cn.sh.pilot.projects.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One reminder to a guarantor ({@code project_reminder}), stored once per project, kind and due day. */
@Entity
@Table(name = "project_reminder")
@IdClass(ReminderRow.Key.class)
public class ReminderRow {

    @Id
    @Column(name = "project_number", length = 20)
    String projectNumber;
    @Id
    @Column(name = "kind", length = 16)
    String kind;
    @Id
    @Column(name = "due")
    LocalDate due;
    @Column(name = "guarantor_code", nullable = false, length = 16)
    String guarantor;
    @Column(name = "term_end", nullable = false)
    LocalDate termEnd;
    @Column(name = "days", nullable = false)
    long days;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime created;

    protected ReminderRow() {
    }

    /** The composite key. */
    public static class Key implements Serializable {
        String projectNumber;
        String kind;
        LocalDate due;

        public Key() {
        }

        Key(String projectNumber, String kind, LocalDate due) {
            this.projectNumber = projectNumber;
            this.kind = kind;
            this.due = due;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.projectNumber, projectNumber) && Objects.equals(k.kind, kind)
                    && Objects.equals(k.due, due);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectNumber, kind, due);
        }
    }
}
