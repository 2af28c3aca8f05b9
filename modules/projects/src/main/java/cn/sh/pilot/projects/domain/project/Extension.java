package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.projects.domain.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One extension request inside a project, with its decision once made. A project keeps all of them: at most one
 * is approved (§四(三)); refused ones stay as history and do not use up the extension.
 */
public final class Extension {

    private final ExtensionRequest request;
    private final Actor requestedBy;
    private final Instant receivedAt;
    private ExtensionDecision decision;
    private Actor decidedBy;

    Extension(ExtensionRequest request, Actor requestedBy, Instant receivedAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** An extension request as stored, with its decision (or none yet). For repositories only. */
    public static Extension restore(ExtensionRequest request, Actor requestedBy, Instant receivedAt,
            ExtensionDecision decision, Actor decidedBy) {
        Extension extension = new Extension(request, requestedBy, receivedAt);
        extension.decision = decision;
        extension.decidedBy = decision == null ? null : Objects.requireNonNull(decidedBy, "decidedBy");
        return extension;
    }

    void decide(ExtensionDecision decision, Actor decidedBy) {
        if (this.decision != null) {
            throw new IllegalStateException("already decided: " + request.requestId());
        }
        this.decision = decision;
        this.decidedBy = decidedBy;
    }

    public ExtensionRequest request() {
        return request;
    }

    public int months() {
        return request.months();
    }

    public Actor requestedBy() {
        return requestedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<ExtensionDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Actor> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public boolean isPending() {
        return decision == null;
    }

    public boolean isApproved() {
        return decision != null && decision.isApproved();
    }
}
