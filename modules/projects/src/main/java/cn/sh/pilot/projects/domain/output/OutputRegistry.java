package cn.sh.pilot.projects.domain.output;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's standard outputs (标准成果: level, title, number, stage with dates) and its publicity and training
 * (宣贯) activities. Every change returns a {@link ProjectEvent} for the audit log.
 */
public final class OutputRegistry {

    private final ProjectNumber project;
    private final Map<OutputKey, StandardOutput> outputs = new LinkedHashMap<>();
    private final List<PublicityActivity> activities = new ArrayList<>();
    private final OutputStagePolicy stagePolicy = new OutputStagePolicy();
    private final ActivityPolicy activityPolicy = new ActivityPolicy();

    public OutputRegistry(ProjectNumber project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    /** Registers a new output at its current stage, reached on {@code date}. */
    public ProjectEvent register(StandardStatus status, LocalDate date, Actor by, Instant at) throws RefusedException {
        if (outputs.containsKey(status.key())) {
            throw new RefusedException(ProjectsError.OUTPUT_ALREADY_REGISTERED, status.key().toString());
        }
        stagePolicy.mayRegister(status.stage(), status.number()).orThrow();
        outputs.put(status.key(), new StandardOutput(status.key(), status.stage(), date, status.number()));
        return event("project.output-registered", status.key(), null, status.stage(), date, by, at);
    }

    /** Moves an output forward to {@code stage}, reached on {@code date}; {@code number} may be {@code null}. */
    public ProjectEvent advance(OutputKey key, StandardStage stage, LocalDate date, String number, Actor by,
                                Instant at) throws RefusedException {
        StandardOutput output = find(key)
                .orElseThrow(() -> new RefusedException(ProjectsError.OUTPUT_UNKNOWN, key.toString()));
        stagePolicy.mayAdvance(output, stage, date, number).orThrow();
        StandardStage before = output.stage();
        output.advance(stage, date, number);
        return event("project.output-advanced", key, before, stage, date, by, at);
    }

    /**
     * Applies the standards a progress report states, as of the report's period end: unknown ones are registered,
     * later stages advance, a repeated stage changes nothing. All or nothing: one backward stage refuses the lot.
     */
    public List<ProjectEvent> apply(List<StandardStatus> reported, LocalDate asOf, Actor by, Instant at)
            throws RefusedException {
        for (StandardStatus status : reported) {
            Optional<StandardOutput> known = find(status.key());
            if (known.isEmpty()) {
                stagePolicy.mayRegister(status.stage(), status.number()).orThrow();
            } else if (known.get().stage() != status.stage()) {
                stagePolicy.mayAdvance(known.get(), status.stage(), asOf, status.number()).orThrow();
            }
        }
        List<ProjectEvent> events = new ArrayList<>();
        for (StandardStatus status : reported) {
            Optional<StandardOutput> known = find(status.key());
            if (known.isEmpty()) {
                events.add(register(status, asOf, by, at));
            } else if (known.get().stage() != status.stage()) {
                events.add(advance(status.key(), status.stage(), asOf, status.number(), by, at));
            }
        }
        return events;
    }

    /** Records a publicity or training activity. */
    public ProjectEvent record(PublicityActivity activity, Actor by, Instant at) throws RefusedException {
        activityPolicy.evaluate(activity).orThrow();
        activities.add(activity);
        return new ProjectEvent("project.activity-recorded", project.value(), null, null, by.userId(), at,
                Map.of("date", activity.date().toString(), "kind", activity.kind().name(),
                        "audience", String.valueOf(activity.audience())));
    }

    public ProjectNumber project() {
        return project;
    }

    public Optional<StandardOutput> find(OutputKey key) {
        return Optional.ofNullable(outputs.get(key));
    }

    public List<StandardOutput> outputs() {
        return List.copyOf(outputs.values());
    }

    public List<PublicityActivity> activities() {
        return Collections.unmodifiableList(activities);
    }

    /** People reached by all activities together. */
    public int totalAudience() {
        return activities.stream().mapToInt(PublicityActivity::audience).sum();
    }

    private ProjectEvent event(String action, OutputKey key, StandardStage before, StandardStage after,
                               LocalDate date, Actor by, Instant at) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("output", key.toString());
        detail.put("stageBefore", before == null ? "" : before.name());
        detail.put("stage", after.name());
        detail.put("date", date.toString());
        return new ProjectEvent(action, project.value(), null, null, by.userId(), at, detail);
    }
}
