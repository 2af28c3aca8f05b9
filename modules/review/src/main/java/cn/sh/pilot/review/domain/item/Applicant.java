package cn.sh.pilot.review.domain.item;

import java.util.Objects;

import cn.sh.pilot.review.domain.shared.Uscc;

/** The applying organisation as review needs it: its name and credit code. */
public record Applicant(String name, Uscc uscc) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uscc, "uscc");
    }
}
