package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;

import java.util.Objects;

/**
 * Who acts: the signed-in user and the recommender (district bureau or industry department, e.g. {@code 310104})
 * it works for. §五(三): a recommender handles only applications addressed to it.
 *
 * @param userId login id, recorded on overrides and in the audit log
 */
public record Actor(String userId, String recommenderCode) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(recommenderCode, "recommenderCode");
        if (userId.isBlank() || recommenderCode.isBlank()) {
            throw new IllegalArgumentException("an actor has a user id and a recommender code");
        }
    }

    /** Refuses with {@code application-other-recommender} unless the application is addressed to this recommender. */
    public void requireHandles(Application application) throws RefusedException {
        if (!application.recommenderCode().equals(recommenderCode)) {
            throw new RefusedException(IntakeError.APPLICATION_OTHER_RECOMMENDER,
                    "application " + application.id() + " is addressed to " + application.recommenderCode()
                            + ", not " + recommenderCode);
        }
    }
}
