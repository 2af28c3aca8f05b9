package cn.sh.pilot.review.domain.item;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.sh.pilot.review.domain.shared.ProjectType;

/**
 * One line of the formal completeness checklist, e.g. {@code stamped-form} 盖章申请表扫描件齐全. Its
 * kebab-case code becomes the reason code of a correction request. {@code keyOnly} lines apply to
 * key projects only (e.g. the industry department's endorsement, §三(四)).
 */
public record CheckItem(String code, String nameZh, String nameEn, boolean keyOnly) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CheckItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a check code is kebab-case: " + code);
        }
    }

    public boolean appliesTo(ProjectType type) {
        return !keyOnly || type == ProjectType.KEY;
    }
}
