package cn.sh.pilot.projects.domain.project;

import java.util.List;
import java.util.Optional;

/** Where projects are kept; the JPA implementation lives in {@code infrastructure/persistence} . */
public interface ProjectRepository {

    Optional<Project> find(ProjectNumber number);

    /** Every project. */
    List<Project> all();

    /** Projects of one guarantor, for the recommender side's list. */
    List<Project> ofGuarantor(GuarantorCode guarantor);

    /** Projects not yet closed, for the term watch. */
    List<Project> open();

    void save(Project project);
}
