package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.call.CallId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applications in the {@code pilot} unit. Runs inside the caller's transaction; the entity manager is the
 * container's transaction-scoped one. Besides the port it answers the console's paged, sorted list.
 */
public final class JpaApplicationRepository implements ApplicationRepository {

    /** Columns the list can be sorted by. */
    public enum SortKey {
        CREATED("a.createdAt"), APPLICANT("a.applicantName"), PROJECT("a.projectName"), STATE("a.state"),
        SUBMITTED("a.submittedAt");

        private final String path;

        SortKey(String path) {
            this.path = path;
        }
    }

    /** One line of the list. */
    public record Summary(String id, String callId, String recommenderCode, ApplicationState state, String applicantName,
                          String creditCode, String projectName, String projectType, OffsetDateTime createdAt,
                          OffsetDateTime submittedAt) {
    }

    private final EntityManager em;

    public JpaApplicationRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(em.find(StoredApplication.class, id.toString())).map(StoredApplication::toDomain);
    }

    @Override
    public List<Application> findByCall(CallId callId) {
        return em.createQuery("SELECT a FROM StoredApplication a WHERE a.callId = :call ORDER BY a.createdAt, a.id",
                        StoredApplication.class)
                .setParameter("call", callId.value())
                .getResultList().stream().map(StoredApplication::toDomain).toList();
    }

    @Override
    public void save(Application application) {
        StoredApplication stored = em.find(StoredApplication.class, application.id().toString());
        if (stored == null) {
            stored = new StoredApplication(application.id());
            stored.copyFrom(application);
            em.persist(stored);
        } else {
            stored.copyFrom(application);
        }
        em.flush();
    }

    /** How many applications of {@code recommenderCode} there are, in {@code state} (null = any). */
    public long count(String recommenderCode, ApplicationState state) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM StoredApplication a WHERE a.recommenderCode = :r"
                + (state == null ? "" : " AND a.state = :s"), Long.class).setParameter("r", recommenderCode);
        if (state != null) {
            q.setParameter("s", state.name());
        }
        return q.getSingleResult();
    }

    /** A page of {@code recommenderCode}'s applications, in {@code state} (null = any), sorted, newest last on ties. */
    public List<Summary> page(String recommenderCode, ApplicationState state, SortKey sort, boolean ascending, int first, int max) {
        TypedQuery<Object[]> q = em.createQuery("SELECT a.id, a.callId, a.recommenderCode, a.state, a.applicantName,"
                + " a.creditCode, a.projectName, a.projectType, a.createdAt, a.submittedAt FROM StoredApplication a"
                + " WHERE a.recommenderCode = :r" + (state == null ? "" : " AND a.state = :s")
                + " ORDER BY " + sort.path + (ascending ? " ASC" : " DESC") + ", a.id", Object[].class)
                .setParameter("r", recommenderCode);
        if (state != null) {
            q.setParameter("s", state.name());
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new Summary((String) r[0], (String) r[1], (String) r[2], ApplicationState.valueOf((String) r[3]),
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (OffsetDateTime) r[8],
                        (OffsetDateTime) r[9]))
                .toList();
    }
}
