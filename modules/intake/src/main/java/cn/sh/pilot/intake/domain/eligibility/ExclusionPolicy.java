package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * §二(五) 不得申报: not in line with industrial policy; criticised, penalised or exposed by the media in the last
 * three years; a major quality, safety or environmental accident in the last three years.
 *
 * <p>"The last three years" is counted by date back from the Shanghai date of submission, boundary included
 * ({@link AdverseRecord#countsAsOf}): for a submission on 2023-05-15 a record dated 2020-05-15 excludes, one dated
 * 2020-05-14 does not. A record dated after the submission (learnt later) excludes too.
 */
public final class ExclusionPolicy implements ApplicationPolicy {

    private final Clock clock;

    public ExclusionPolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Verdict evaluate(Application application, Call call) {
        Verdict verdict = Verdict.allow();
        if (!application.declarations().inLineWithIndustrialPolicy()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.NOT_IN_LINE_WITH_INDUSTRIAL_POLICY));
        }
        LocalDate asOf = JudgementDate.shanghaiDate(application, clock);
        for (AdverseRecord record : application.declarations().adverseRecords()) {
            if (record.countsAsOf(asOf)) {
                verdict = verdict.and(Verdict.refuse(errorFor(record.kind()), describe(record)));
            }
        }
        return verdict;
    }

    private static IntakeError errorFor(AdverseRecord.Kind kind) {
        return switch (kind) {
            case CRITICISM -> IntakeError.CRITICISED_WITHIN_THREE_YEARS;
            case PENALTY -> IntakeError.PENALISED_WITHIN_THREE_YEARS;
            case MEDIA_EXPOSURE -> IntakeError.MEDIA_EXPOSED_WITHIN_THREE_YEARS;
            case MAJOR_QUALITY_ACCIDENT, MAJOR_SAFETY_ACCIDENT, MAJOR_ENVIRONMENTAL_ACCIDENT ->
                    IntakeError.MAJOR_ACCIDENT_WITHIN_THREE_YEARS;
        };
    }

    private static String describe(AdverseRecord record) {
        StringBuilder text = new StringBuilder().append(record.date()).append(' ').append(record.kind().nameZh());
        if (!record.issuer().isBlank()) {
            text.append(' ').append(record.issuer());
        }
        if (!record.description().isBlank()) {
            text.append('：').append(record.description());
        }
        return text.toString();
    }
}
