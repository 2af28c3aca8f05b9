package cn.sh.pilot.app.domain.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface UserAccountRepository {

    enum SortKey { USERNAME, DISPLAY_NAME, RECOMMENDER, CREATED }

    Optional<UserAccount> byUsername(String username);

    Optional<UserAccount> byId(long id);

    void add(UserAccount account);

    /**
     * @param recommenders empty = all; otherwise only accounts bound to one of these
     */
    List<UserAccount> page(Optional<Set<String>> recommenders, SortKey sort, boolean ascending, int first, int max);

    long count(Optional<Set<String>> recommenders);

    List<UserAccount> all();

    long countEnabledAdminsOtherThan(long id);
}
