package cn.sh.pilot.intake.domain.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A yearly call for municipal standardization pilots (征集通知), e.g. 沪市监标技〔2023〕139号.
 *
 * <p>The deadline is a date in Shanghai: applications are accepted up to and including the last moment of
 * that day in {@link #ZONE Asia/Shanghai} (2023-05-15 23:59:59.999… for 2023), whatever the server's zone.
 */
public record Call(
        CallId id,
        int year,
        String docNumber,
        String titleZh,
        LocalDate publishedOn,
        LocalDate deadline,
        List<DirectionGroup> keyDirectionGroups) {

    /** Dates of the notice are Shanghai dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Call {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(deadline, "deadline");
        keyDirectionGroups = List.copyOf(keyDirectionGroups);
        if (deadline.isBefore(publishedOn)) {
            throw new IllegalArgumentException("deadline " + deadline + " is before publication " + publishedOn);
        }
        Set<String> directionCodes = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        for (DirectionGroup group : keyDirectionGroups) {
            if (!groupCodes.add(group.code())) {
                throw new IllegalArgumentException("direction group listed twice: " + group.code());
            }
            for (Direction direction : group.directions()) {
                if (!directionCodes.add(direction.code())) {
                    throw new IllegalArgumentException("sub-direction listed twice: " + direction.code());
                }
            }
        }
    }

    /** The first instant at which the call no longer accepts applications: the day after the deadline, 00:00 Shanghai. */
    public Instant closesAt() {
        return deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether an application made at {@code instant} is in time. */
    public boolean acceptsAt(Instant instant) {
        return instant.isBefore(closesAt());
    }

    public Optional<DirectionGroup> group(String groupCode) {
        return keyDirectionGroups.stream().filter(g -> g.code().equals(groupCode)).findFirst();
    }

    /** Whether {@code directionCode} is listed under {@code groupCode} in this call (§三(一)). */
    public boolean lists(String groupCode, String directionCode) {
        return group(groupCode).flatMap(g -> g.direction(directionCode)).isPresent();
    }
}
