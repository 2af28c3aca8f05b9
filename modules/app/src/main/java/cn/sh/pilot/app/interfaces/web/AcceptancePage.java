package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.ComputedResult;
import cn.sh.pilot.acceptance.domain.evaluation.Criterion;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.app.application.AcceptanceDesk;
import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.app.application.Who;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code /projects/acceptance.xhtml?number=} (验收评估): the guarantor's application (self-evaluation, claimed outputs,
 * evidence), the expert panel (conflicts of interest refused), scores per weighted criterion, the computed result,
 * the proposal (optionally naming the project a benchmark, 标杆, with its reason) and its confirmation by an approver
 * who did not propose it.
 */
@Named
@RequestScoped
public class AcceptancePage {

    @Inject
    AcceptanceDesk desk;
    @Inject
    CurrentUser user;
    @Inject
    LocaleSelector locale;

    private String number;
    private String expertId;
    private String expertName;
    private String expertOrganisation;
    private String expertUscc;
    private String expertRecommender;
    private String criterion;
    private String score;
    private String comments;
    private String benchmarkReason;
    private String refusal;
    private Optional<AcceptanceEvaluation> evaluation;

    /** One row of the score table: an expert and their score per criterion (in the table's order), and total. */
    public record ScoreRow(String expert, String organisation, List<String> scores, String total) {
    }

    private Optional<AcceptanceEvaluation> evaluation() {
        if (number == null) {
            number = Texts.requestParameter("number");
        }
        if (evaluation == null) {
            String own = user.recommenderCode();
            evaluation = number == null ? Optional.empty() : desk.ofProject(number)
                    .filter(e -> own == null || e.project().guarantorCode().equals(own));
        }
        return evaluation;
    }

    public boolean isPresent() {
        return evaluation().isPresent();
    }

    public String getState() {
        return evaluation().map(e -> e.state().name()).orElse("");
    }

    public int getRound() {
        return evaluation().map(AcceptanceEvaluation::round).orElse(0);
    }

    public AcceptanceApplication getApplication() {
        return evaluation().map(AcceptanceEvaluation::latestApplication).orElse(null);
    }

    public List<Criterion> getCriteria() {
        return evaluation().map(e -> e.criteria().criteria()).orElse(List.of());
    }

    public List<Expert> getPanel() {
        return evaluation().map(AcceptanceEvaluation::panel).orElse(List.of());
    }

    public List<ScoreRow> getScores() {
        return evaluation().map(e -> {
            Optional<ComputedResult> computed = e.computed();
            return e.panel().stream().map(x -> new ScoreRow(x.name() + " (" + x.id() + ")", x.organisationName(),
                    e.criteria().criteria().stream().map(c -> e.scores().score(x.id(), c.code())
                            .map(v -> v.toPlainString()).orElse("—")).toList(),
                    computed.map(r -> r.expertTotals().get(x.id())).map(v -> v.toPlainString()).orElse("—"))).toList();
        }).orElse(List.of());
    }

    public String getTotal() {
        return evaluation().flatMap(AcceptanceEvaluation::computed).map(r -> r.total().toPlainString()).orElse("—");
    }

    public String getOutcome() {
        return evaluation().flatMap(AcceptanceEvaluation::computed).map(r -> r.outcome().name()).orElse("");
    }

    public String getBenchmark() {
        return evaluation().flatMap(AcceptanceEvaluation::proposal).flatMap(p -> p.benchmarkReasonIfAny()).orElse("");
    }

    public String getProposer() {
        return evaluation().flatMap(AcceptanceEvaluation::proposal).map(p -> p.proposer().userId()).orElse("");
    }

    public boolean isOperator() {
        return user.has(Role.MUNICIPAL_OPERATOR);
    }

    public boolean isApprover() {
        return user.has(Role.APPROVER);
    }

    public String assign() {
        return act(e -> desk.assign(e.id(), new Expert(trim(expertId), trim(expertName), trim(expertOrganisation),
                blankToNull(expertUscc), blankToNull(expertRecommender)), Who.of(user, null)));
    }

    public String startScoring() {
        return act(e -> desk.startScoring(e.id(), Who.of(user, null)));
    }

    public String enterScore() {
        return act(e -> {
            BigDecimal value;
            try {
                value = new BigDecimal(trim(score));
            } catch (NumberFormatException ex) {
                value = BigDecimal.valueOf(-1); // refused as score-out-of-range
            }
            desk.score(e.id(), trim(expertId), trim(criterion), value, Who.of(user, null));
        });
    }

    public String propose() {
        return act(e -> desk.propose(e.id(), comments, blankToNull(benchmarkReason), Who.of(user, null)));
    }

    public String confirm() {
        return act(e -> desk.confirm(e.id(), Who.of(user, null)));
    }

    public String returnProposal() {
        return act(e -> desk.returnProposal(e.id(), comments, Who.of(user, null)));
    }

    private interface Step {
        void run(AcceptanceEvaluation e) throws RefusedException;
    }

    private String act(Step step) {
        if (evaluation().isEmpty()) {
            Texts.error("acceptance.unknown");
            return null;
        }
        try {
            step.run(evaluation().get());
            Texts.info("acceptance.saved");
            return "/projects/acceptance.xhtml?faces-redirect=true&number=" + number;
        } catch (RefusedException e) {
            refusal = Texts.refusalLine(e, locale.isEnglish());
            evaluation = null;
            Texts.error("project.refused");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
        this.evaluation = null; // read again for this number (a postback sets it after the first reads)
    }

    public String getExpertId() {
        return expertId;
    }

    public void setExpertId(String v) {
        this.expertId = v;
    }

    public String getExpertName() {
        return expertName;
    }

    public void setExpertName(String v) {
        this.expertName = v;
    }

    public String getExpertOrganisation() {
        return expertOrganisation;
    }

    public void setExpertOrganisation(String v) {
        this.expertOrganisation = v;
    }

    public String getExpertUscc() {
        return expertUscc;
    }

    public void setExpertUscc(String v) {
        this.expertUscc = v;
    }

    public String getExpertRecommender() {
        return expertRecommender;
    }

    public void setExpertRecommender(String v) {
        this.expertRecommender = v;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String v) {
        this.criterion = v;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String v) {
        this.score = v;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String v) {
        this.comments = v;
    }

    public String getBenchmarkReason() {
        return benchmarkReason;
    }

    public void setBenchmarkReason(String v) {
        this.benchmarkReason = v;
    }
}
