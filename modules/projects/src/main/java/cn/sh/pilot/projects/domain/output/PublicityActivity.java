package cn.sh.pilot.projects.domain.output;

import java.time.LocalDate;

/**
 * A publicity or training (宣贯) activity of the project.
 *
 * @param audience head count of participants (0 when not counted)
 */
public record PublicityActivity(LocalDate date, ActivityKind kind, int audience, String description) {
}
