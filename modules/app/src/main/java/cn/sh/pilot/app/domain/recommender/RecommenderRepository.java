package cn.sh.pilot.app.domain.recommender;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface RecommenderRepository {

    enum SortKey { CODE, KIND, NAME, ACTIVE }

    Optional<Recommender> byCode(String code);

    void add(Recommender recommender);

    /** @param codes empty = all; otherwise only these */
    List<Recommender> page(Optional<Set<String>> codes, RecommenderKind kind, SortKey sort, boolean ascending, int first, int max);

    long count(Optional<Set<String>> codes, RecommenderKind kind);

    /** Active districts and departments, by code, for pick lists. */
    List<Recommender> usableForOperators();

    Map<RecommenderKind, Long> countByKind();
}
