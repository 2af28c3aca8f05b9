package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.RecommendationDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The 初审 section of {@code /applications/edit.xhtml} for a submitted (or already decided) application: the
 * recommender's opinion, 推荐 / 不推荐 and the priority rank, saved through {@link RecommendationDesk}.
 */
@Named
@ViewScoped
public class PreliminaryReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecommendationDesk desk;
    @Inject
    LocaleSelector locale;

    private String id;
    private boolean loaded;
    private String opinion;
    private String recommend = "true";
    private Integer rank;
    private String reviewer;
    private LocalDate date;
    private boolean sent;
    private boolean recorded;
    private List<String> refusals = List.of();

    public void load() {
        if (loaded || id == null || id.isBlank()) {
            return;
        }
        loaded = true;
        desk.reviewOf(applicationId()).ifPresent(this::fill);
    }

    private void fill(PreliminaryReview r) {
        recorded = true;
        opinion = r.opinion();
        recommend = Boolean.toString(r.isRecommended());
        rank = r.rank().isPresent() ? r.rank().getAsInt() : null;
        reviewer = r.reviewer().name();
        date = r.date();
        sent = r.isSent();
    }

    public String save() {
        refusals = List.of();
        try {
            PreliminaryReview r = desk.review(applicationId(), opinion, Boolean.parseBoolean(recommend), rank);
            Texts.info(r.isRecommended() ? "review.saved.recommended" : "review.saved.declined");
            return "/applications/edit.xhtml?faces-redirect=true&id=" + id;
        } catch (ReviewRefusedException e) {
            refusals = e.refusals().stream().map(r -> locale.isEnglish() ? r.en() : r.zh()).toList();
            Texts.error("review.refused", refusals.size());
            return null;
        } catch (RefusedException e) {
            refusals = List.of(locale.isEnglish() ? e.error().en() : e.error().zh());
            Texts.error("review.refused", 1);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    private ApplicationId applicationId() {
        try {
            return ApplicationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("application-not-found");
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getRecommend() { return recommend; }
    public void setRecommend(String recommend) { this.recommend = recommend; }
    public Integer getRank() { return rank; }
    public void setRank(Integer rank) { this.rank = rank; }
    public String getReviewer() { return reviewer; }
    public LocalDate getDate() { return date; }
    public boolean isSent() { return sent; }
    public boolean isRecorded() { return recorded; }
    public List<String> getRefusals() { return refusals; }
}
