package cn.sh.pilot.review.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which applications an archive export takes, judged by each application's latest imported item (where it stands
 * now); a selected application comes with all its items. Every criterion is optional ({@code null} or empty = any).
 *
 * @param callId      e.g. {@code 2023-139}
 * @param year        the call's year ({@code call_id} starts with it)
 * @param recommender the recommender's code, e.g. {@code 310104}
 * @param statuses    item statuses by name ({@code UNDER_REVIEW}, {@code APPROVED}, {@code REJECTED} …)
 * @param from        first day (Asia/Shanghai) of the range the latest import falls in, inclusive
 * @param to          last day (Asia/Shanghai) of that range, inclusive
 */
public record ArchiveQuery(String callId, Integer year, String recommender, Set<String> statuses, LocalDate from,
                           LocalDate to) {

    public ArchiveQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
