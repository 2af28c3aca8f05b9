package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.domain.recommender.Recommender;

/** A recommender as the API shows it. */
public record RecommenderJson(String code, String kind, String nameZh, String nameEn, boolean active, String contactName,
                              String contactPhone, String contactEmail, String address) {

    static RecommenderJson of(Recommender r) {
        return new RecommenderJson(r.code(), r.kind().name(), r.nameZh(), r.nameEn(), r.active(), r.contactName(),
                r.contactPhone(), r.contactEmail(), r.address());
    }
}
