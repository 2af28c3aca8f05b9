package cn.sh.pilot.acceptance.infrastructure.persistence;

import cn.sh.pilot.acceptance.application.Step;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One step of an evaluation's journal ({@code acceptance_step}), in order. */
@Entity
@Table(name = "acceptance_step")
@IdClass(StepRow.Key.class)
public class StepRow {

    @Id
    @Column(name = "evaluation_id", length = 36)
    String evaluationId;
    @Id
    @Column(name = "position")
    int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    Step.Kind kind;
    @Column(name = "actor", nullable = false, length = 100)
    String actor;
    @Column(name = "actor_org", nullable = false, length = 16)
    String actorOrg;
    @Column(name = "actor_roles", nullable = false, length = 40)
    String actorRoles;
    @Column(name = "taken_at", nullable = false)
    OffsetDateTime at;
    /** The step's arguments, separated by U+001F (unit separator). */
    @Column(name = "args", length = 8000)
    String args;

    protected StepRow() {
    }

    StepRow(String evaluationId, int position) {
        this.evaluationId = evaluationId;
        this.position = position;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        String evaluationId;
        int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.evaluationId, evaluationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(evaluationId, position);
        }
    }
}
