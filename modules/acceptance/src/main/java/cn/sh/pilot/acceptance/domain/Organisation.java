package cn.sh.pilot.acceptance.domain;

import java.util.Objects;

/** A party to an exchange: its code (recommender code or 310000) and name, as in a document's sender. */
public record Organisation(String code, String name) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
