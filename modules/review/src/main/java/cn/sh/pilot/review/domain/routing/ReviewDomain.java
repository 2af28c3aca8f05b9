package cn.sh.pilot.review.domain.routing;

import java.util.Objects;

/**
 * One of the call's review domains (领域) with its municipal contact (§五(五)), e.g.
 * {@code PUBLIC_SERVICE} 公共服务领域, 胡伟, 64220000转2525. Codes as in the reference data.
 */
public record ReviewDomain(String code, String nameZh, String nameEn, String contactName, String contactPhone) {

    public ReviewDomain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(contactPhone, "contactPhone");
    }
}
