package cn.sh.pilot.acceptance.infrastructure.persistence;

import cn.sh.pilot.acceptance.application.EvaluationJournal;
import cn.sh.pilot.acceptance.application.Step;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Role;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable;
import cn.sh.pilot.acceptance.domain.evaluation.Criterion;
import cn.sh.pilot.acceptance.domain.evaluation.EvaluationRules;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectFacts;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;
import cn.sh.pilot.acceptance.domain.evaluation.ResultThresholds;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceApplicationMapper;
import cn.sh.pilot.contracts.error.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link EvaluationJournal} over {@code acceptance_evaluation} and {@code acceptance_step}, in the caller's
 * transaction. Loading locks the evaluation row and replays every step through the aggregate, so what is read has
 * passed the same rules again; a stored step the rules now refuse is a corrupt journal and fails loudly.
 */
public final class JpaEvaluationJournal implements EvaluationJournal {

    private static final String SEP = "\u001F";

    private final EntityManager em;
    private final AcceptanceApplicationMapper mapper = new AcceptanceApplicationMapper();

    public JpaEvaluationJournal(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public void open(AcceptanceEvaluation opened, AcceptanceApplication application, ProjectFacts facts,
            CriteriaTable criteria, EvaluationRules rules, Actor receivedBy, java.time.Instant at) {
        EvaluationEntity e = new EvaluationEntity(opened.id().toString());
        e.projectNumber = facts.number().value();
        e.applicantName = facts.applicantName();
        e.applicantUscc = facts.applicantUscc();
        e.guarantorCode = facts.guarantorCode();
        e.keyProject = facts.keyProject();
        try {
            e.applicationXml = new String(mapper.write(application), StandardCharsets.UTF_8);
        } catch (RefusedException ex) {
            throw new IllegalStateException("the application does not map to its schema: " + ex.id(), ex);
        }
        e.criteria = criteria.criteria().stream().map(c -> String.join("\t", c.code(), c.nameZh(), c.nameEn(),
                c.weight().toPlainString(), c.maxScore().toPlainString())).collect(Collectors.joining("\n"));
        e.minimumPanel = rules.minimumPanel();
        e.pass = rules.thresholds().pass();
        e.rework = rules.thresholds().rework();
        e.reevaluations = rules.reevaluationsAllowed();
        e.reworkPeriod = rules.reworkPeriod().toString();
        e.receivedBy = receivedBy.userId();
        e.receivedOrg = receivedBy.organisation();
        e.receivedRoles = roles(receivedBy.roles());
        e.receivedAt = at.atOffset(ZoneOffset.UTC);
        e.state = opened.state();
        e.version = opened.version();
        em.persist(e);
        em.flush();
    }

    @Override
    public void append(AcceptanceEvaluation after, Step step) {
        EvaluationEntity e = em.find(EvaluationEntity.class, after.id().toString());
        if (e == null) {
            throw new IllegalStateException("no evaluation " + after.id());
        }
        long position = em.createQuery("SELECT COUNT(s) FROM StepRow s WHERE s.evaluationId = :id", Long.class)
                .setParameter("id", e.id).getSingleResult();
        if (e.version >= after.version()) {
            throw new OptimisticLockException("evaluation " + e.id + " changed since it was read");
        }
        StepRow row = new StepRow(e.id, (int) position + 1);
        row.kind = step.kind();
        row.actor = step.actor().userId();
        row.actorOrg = step.actor().organisation();
        row.actorRoles = roles(step.actor().roles());
        row.at = step.at().atOffset(ZoneOffset.UTC);
        row.args = String.join(SEP, step.args());
        em.persist(row);
        e.state = after.state();
        e.version = after.version();
        em.flush();
    }

    @Override
    public Optional<AcceptanceEvaluation> load(UUID id) {
        EvaluationEntity e = em.find(EvaluationEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(e).map(this::replay);
    }

    @Override
    public Optional<AcceptanceEvaluation> ofProject(ProjectNumber project) {
        return em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.projectNumber = :n ORDER BY e.receivedAt DESC",
                        EvaluationEntity.class)
                .setParameter("n", project.value()).setMaxResults(1).getResultList().stream().findFirst()
                .map(this::replay);
    }

    private AcceptanceEvaluation replay(EvaluationEntity e) {
        try {
            AcceptanceApplication application = mapper.read(e.applicationXml.getBytes(StandardCharsets.UTF_8));
            CriteriaTable criteria = CriteriaTable.of(Arrays.stream(e.criteria.split("\n")).map(l -> l.split("\t", -1))
                    .map(f -> new Criterion(f[0], f[1], f[2], new BigDecimal(f[3]), new BigDecimal(f[4]))).toList());
            EvaluationRules rules = new EvaluationRules(e.minimumPanel, new ResultThresholds(e.pass, e.rework),
                    e.reevaluations, Period.parse(e.reworkPeriod));
            ProjectFacts facts = new ProjectFacts(new ProjectNumber(e.projectNumber), e.applicantName, e.applicantUscc,
                    e.guarantorCode, e.keyProject);
            AcceptanceEvaluation evaluation = AcceptanceEvaluation.receive(application, facts, criteria, rules,
                    actor(e.receivedBy, e.receivedOrg, e.receivedRoles), e.receivedAt.toInstant()).evaluation();
            List<StepRow> steps = em.createQuery(
                            "SELECT s FROM StepRow s WHERE s.evaluationId = :id ORDER BY s.position", StepRow.class)
                    .setParameter("id", e.id).getResultList();
            for (StepRow s : steps) {
                List<String> args = s.args == null || s.args.isEmpty() ? List.of() : List.of(s.args.split(SEP, -1));
                Step.replay(new Step(s.kind, actor(s.actor, s.actorOrg, s.actorRoles), s.at.toInstant(), args), evaluation);
            }
            return evaluation;
        } catch (RefusedException ex) {
            throw new IllegalStateException("evaluation " + e.id + " does not replay: " + ex.id() + " " + ex.detail(), ex);
        }
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Actor actor(String user, String org, String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            if (!r.isBlank()) {
                set.add(Role.valueOf(r));
            }
        }
        return new Actor(user, org, set);
    }
}
