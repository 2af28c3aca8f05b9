package cn.sh.pilot.intake.domain.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fact that §二(五) looks back on for three years: a criticism, penalty or media exposure, or a major accident.
 *
 * @param date   the date of the notice, decision, report or accident (Shanghai date)
 * @param issuer the authority or medium, or where the accident happened
 */
public record AdverseRecord(Kind kind, LocalDate date, String issuer, String description) {

    /** §二(五) 近三年. */
    public static final int LOOK_BACK_YEARS = 3;
    private static final int MAX_AUTHORITY = 200;
    private static final int MAX_PLACE = 500;
    private static final int MAX_DESCRIPTION = 10_000;

    public AdverseRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        issuer = issuer == null ? "" : issuer;
        description = description == null ? "" : description;
    }

    /**
     * Whether this record falls in the three years before {@code asOf} (a Shanghai date, normally the submission
     * date), boundary included: as of 2023-05-15, a record of 2020-05-15 counts and one of 2020-05-14 does not.
     * A record dated after {@code asOf} counts too: it was learnt later but is no less recent.
     */
    public boolean countsAsOf(LocalDate asOf) {
        return !date.isBefore(asOf.minusYears(LOOK_BACK_YEARS));
    }

    /**
     * What keeps this record from being entered as of {@code today} (a Shanghai date), as the application
     * document's paths, or an empty list: a date after today (a typo — a record is entered once it happened), a
     * criticism, penalty or media exposure without its authority or medium, no description, or a text longer than
     * the document allows ({@code cm:Name} 200, {@code cm:ShortText} 500, {@code cm:LongText} 10000 characters).
     */
    public List<String> problemsAsOf(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (date.isAfter(today)) {
            problems.add("Date " + date + " is after " + today);
        }
        String issuerPath = kind.isAccident() ? "Place" : "Authority";
        if (!kind.isAccident() && issuer.isBlank()) {
            problems.add(issuerPath + " missing");
        }
        if (issuer.strip().length() > (kind.isAccident() ? MAX_PLACE : MAX_AUTHORITY)) {
            problems.add(issuerPath + " longer than " + (kind.isAccident() ? MAX_PLACE : MAX_AUTHORITY));
        }
        if (description.isBlank()) {
            problems.add("Description missing");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            problems.add("Description longer than " + MAX_DESCRIPTION);
        }
        return problems;
    }

    /** The kinds named by §二(五). */
    public enum Kind {
        CRITICISM("通报批评"),
        PENALTY("处罚"),
        MEDIA_EXPOSURE("媒体曝光"),
        MAJOR_QUALITY_ACCIDENT("重大产品（服务）质量事故"),
        MAJOR_SAFETY_ACCIDENT("重大安全生产事故"),
        MAJOR_ENVIRONMENTAL_ACCIDENT("重大环境保护事故");

        private final String nameZh;

        Kind(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }

        public boolean isAccident() {
            return this == MAJOR_QUALITY_ACCIDENT || this == MAJOR_SAFETY_ACCIDENT || this == MAJOR_ENVIRONMENTAL_ACCIDENT;
        }
    }
}
