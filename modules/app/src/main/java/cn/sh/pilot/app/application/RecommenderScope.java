package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.app.domain.security.AccessDeniedException;
import cn.sh.pilot.app.domain.security.RecommenderScopePolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/**
 * The one place that applies {@link RecommenderScopePolicy} to the current caller. Every page, REST resource and
 * service that reads or changes recommender-owned data calls {@link #require} before it does, and filters lists
 * with {@link #visibleRecommenders()}; a refusal is an {@link AccessDeniedException} (403, "无权访问").
 * Business modules inject it the same way.
 */
@RequestScoped
public class RecommenderScope {

    @Inject
    CurrentUser currentUser;

    public boolean allows(String recommenderCode, Access access) {
        return RecommenderScopePolicy.decide(currentUser.roles(), currentUser.recommenderCode(), recommenderCode, access).allowed();
    }

    public void require(String recommenderCode, Access access) {
        RecommenderScopePolicy.Decision decision =
                RecommenderScopePolicy.decide(currentUser.roles(), currentUser.recommenderCode(), recommenderCode, access);
        if (!decision.allowed()) {
            throw new AccessDeniedException(decision.reason(), currentUser.username() + " may not " + access + " recommender "
                    + recommenderCode + " (" + decision.reason() + ")");
        }
    }

    /** Empty = the caller may list every recommender's records; otherwise only those of these codes. */
    public Optional<Set<String>> visibleRecommenders() {
        return RecommenderScopePolicy.visibleRecommenders(currentUser.roles(), currentUser.recommenderCode());
    }
}
