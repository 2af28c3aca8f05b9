package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.BatchDispatch;
import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.RecommendationDesk;
import cn.sh.pilot.app.application.RecommendationDesk.Candidate;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /batches/index.xhtml} (推荐批次): the recommended applications of the open call in rank order, 生成批次 (build),
 * the built batch for a final look (id, sequence, previous package digest, items with rank and opinion), 签名 (sign
 * with the site's key into the outbox), and every batch of this site with its state.
 */
@Named
@RequestScoped
public class BatchesPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    @Inject
    RecommendationDesk desk;
    @Inject
    BatchDispatch dispatch;
    @Inject
    LocaleSelector locale;
    @Inject
    MunicipalAnswersView answers;

    private List<String> refusals = List.of();
    private List<OutgoingBatch> batches;

    /** One line of the final look: the item and its application's names. */
    public record Line(int rank, String applicationId, String applicantName, String projectName, String opinion,
                       String reviewer, String date) {
    }

    /** One batch of the history table. */
    public record Row(int sequence, String id, String state, int items, String packageName, String digest, String signedAt,
                      String delivery, String answer) {
    }

    public List<Candidate> getCandidates() {
        return desk.candidates();
    }

    private List<OutgoingBatch> batches() {
        if (batches == null) {
            batches = desk.batches();
        }
        return batches;
    }

    private Optional<OutgoingBatch> built() {
        return batches().stream().filter(b -> b.state() == OutgoingBatch.State.BUILT).findFirst();
    }

    public boolean isBuilt() {
        return built().isPresent();
    }

    public String getBatchId() {
        return built().map(b -> b.header().id().toString()).orElse("");
    }

    public int getSequence() {
        return built().map(b -> b.header().sequence()).orElse(0);
    }

    public String getPrevious() {
        return built().flatMap(b -> b.header().previous()).map(Sha256::hex).orElse(null);
    }

    public String getCreated() {
        return built().map(b -> TIME.format(b.header().created())).orElse("");
    }

    public String getCallId() {
        return built().map(b -> b.header().callId().value()).orElse("");
    }

    public List<Line> getLines() {
        return built().map(b -> {
            Map<String, Application> applications = desk.applicationsOf(b);
            return b.batch().items().stream().map(i -> line(i, applications.get(i.applicationId().toString()))).toList();
        }).orElse(List.of());
    }

    private static Line line(BatchItem i, Application a) {
        return new Line(i.rank(), i.applicationId().toString(), a == null ? "?" : a.applicant().name(),
                a == null ? "?" : a.project().name(), i.opinion(), i.reviewer().name(), i.opinionDate().toString());
    }

    public List<Row> getRows() {
        return batches().stream().map(b -> new Row(b.header().sequence(), b.header().id().toString(), b.state().name(),
                b.header().itemCount(), b.packageName().orElse("—"), b.packageDigest().map(Sha256::hex).orElse("—"),
                b.signedAt().map(TIME::format).orElse("—"), delivery(b), answers.forBatch(b))).toList();
    }

    private String delivery(OutgoingBatch b) {
        return b.lastDelivery().map(d -> d.delivered()
                ? Texts.text("batch.delivery.delivered", TIME.format(d.at()), d.attempts(), d.remotePath())
                : Texts.text("batch.delivery.failed", TIME.format(d.at()), d.attempts(), d.errorId(), d.detail()))
                .orElse("—");
    }

    public boolean isCanSend() {
        return desk.canSend();
    }

    /** The package the 发送 button sends: the oldest signed, undelivered batch. */
    public String getNextToSend() {
        return desk.nextToSend().flatMap(OutgoingBatch::packageName).orElse(null);
    }

    public String send() {
        Optional<OutgoingBatch> next = desk.nextToSend();
        if (next.isEmpty()) {
            Texts.error("batch.nothingToSend");
            return null;
        }
        try {
            OutgoingBatch b = dispatch.send(next.get().header().id());
            OutgoingBatch.Delivery d = b.lastDelivery().orElseThrow();
            if (d.delivered()) {
                Texts.info("batch.sent", b.header().sequence(), d.remotePath());
            } else {
                Texts.error("batch.sendFailed", b.header().sequence(), d.errorId(), d.attempts());
            }
            return "/batches/index.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            refused(e);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    public List<String> getRefusals() {
        return refusals;
    }

    public String build() {
        try {
            OutgoingBatch b = desk.build();
            Texts.info("batch.built", b.header().sequence(), b.header().itemCount());
            return "/batches/index.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            refused(e);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    public String sign() {
        Optional<OutgoingBatch> b = built();
        if (b.isEmpty()) {
            Texts.error("batch.nothingToSign");
            return null;
        }
        try {
            OutgoingBatch signed = desk.sign(b.get().header().id());
            Texts.info("batch.signed", signed.header().sequence(), signed.packageName().orElse(""));
            return "/batches/index.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            refused(e);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    private void refused(RefusedException e) {
        if (e instanceof ReviewRefusedException r) {
            refusals = r.refusals().stream().map(x -> (locale.isEnglish() ? x.en() : x.zh())
                    + (x.subject() == null || x.subject().isBlank() ? "" : "（" + x.subject() + "）")).toList();
        } else {
            refusals = List.of((locale.isEnglish() ? e.error().en() : e.error().zh())
                    + (e.detail() == null || e.detail().isBlank() ? "" : "（" + e.detail() + "）"));
        }
        batches = null;
        Texts.error("batch.refused", refusals.size());
    }
}
