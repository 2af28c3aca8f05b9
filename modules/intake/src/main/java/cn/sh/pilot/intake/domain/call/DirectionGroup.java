package cn.sh.pilot.intake.domain.call;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the key direction groups of §三(一), e.g. {@code PUBLIC_SERVICE} 公共服务领域, with its sub-directions.
 * {@code domainCode} names the domain (and so the municipal contact) that reviews it (§五(五)).
 */
public record DirectionGroup(String code, String nameZh, String nameEn, String domainCode, List<Direction> directions) {

    public DirectionGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(domainCode, "domainCode");
        directions = List.copyOf(directions);
    }

    public Optional<Direction> direction(String directionCode) {
        return directions.stream().filter(d -> d.code().equals(directionCode)).findFirst();
    }
}
