package cn.sh.pilot.archive.api;

import java.util.Objects;

/**
 * An organisation by code and name: a recommender (district code, department code, 310000) or an
 * applicant (unified social credit code).
 */
public record Organisation(String code, String name) {

    /** The municipal bureau, sender of every archival record and signer of every export. */
    public static final Organisation MUNICIPAL = new Organisation("310000", "上海市市场监督管理局");

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
