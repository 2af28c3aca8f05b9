package cn.sh.pilot.intake.domain.call;

import java.util.Objects;

/** A sub-direction listed under a key direction group, e.g. {@code ELDERLY_CARE} 养老服务. */
public record Direction(String code, String nameZh, String nameEn) {

    public Direction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
