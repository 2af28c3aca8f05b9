package cn.sh.pilot.acceptance.domain.evaluation;

import java.util.Objects;
import java.util.Optional;

/**
 * An evaluating expert, normally from a municipal standardization technical organisation (§四(四)).
 *
 * @param id               the expert's user id (also how they sign in to score)
 * @param organisationUscc credit code of the expert's organisation, {@code null} if not known
 * @param recommenderCode  the recommender (district bureau or department) the expert belongs to, {@code null} if none
 */
public record Expert(String id, String name, String organisationName, String organisationUscc,
                     String recommenderCode) {

    public Expert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    public Optional<String> organisationUsccIfKnown() {
        return Optional.ofNullable(organisationUscc);
    }

    public Optional<String> recommender() {
        return Optional.ofNullable(recommenderCode);
    }
}
