package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ReceiptDesk;
import cn.sh.pilot.app.application.ReceiptFetching;
import cn.sh.pilot.app.application.ReceivedAnswer;
import cn.sh.pilot.app.application.RecommenderScope;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the municipal site answered, in the operator's language: on an application ({@code municipal-answers} on
 * {@code /applications/edit.xhtml}: accepted / refused with reason and error id, 已立项 with project number and term,
 * or the rejection reason), on each batch (the receipt's verdict), and the received files with the 取回回执 button
 * (on {@code /batches/index.xhtml}). Files that failed verification are listed as refused, never applied.
 */
@Named("municipalAnswers")
@RequestScoped
public class MunicipalAnswersView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    @Inject
    ReceiptDesk desk;
    @Inject
    ReceiptFetching fetching;
    @Inject
    LocaleSelector locale;
    @Inject
    RecommenderScope scope;
    @Inject
    SiteConfig site;

    /** One shown line: when, what kind (css class), the text. */
    public record Shown(String when, String kind, String text) {
    }

    /** One received file. */
    public record File(String name, String when, String kind, String text) {
    }

    public List<Shown> forApplication(String applicationId) {
        List<Shown> shown = new ArrayList<>();
        if (applicationId == null || applicationId.isBlank()) {
            return shown;
        }
        for (ReceivedAnswer a : desk.about(applicationId)) {
            String when = time(a.issued() == null ? a.received() : a.issued());
            List<ReceivedAnswer.Line> mine = a.lines().stream().filter(l -> applicationId.equals(l.applicationId())).toList();
            if (a.kind() == ReceivedAnswer.Kind.RECEIPT) {
                boolean refused = mine.stream().anyMatch(l -> "REFUSED".equals(l.outcome()));
                List<String> reasons = new ArrayList<>(mine.stream().filter(l -> l.code() != null).map(this::reason).toList());
                if (refused && reasons.isEmpty()) {
                    reasons.addAll(batchReasons(a));
                }
                shown.add(new Shown(when, refused ? "bad" : "good", Texts.text(refused ? "answer.item.refused"
                        : "answer.item.accepted", a.documentId())
                        + (reasons.isEmpty() ? "" : Texts.text("answer.reasons", String.join("；", reasons)))));
            } else {
                for (ReceivedAnswer.Line l : mine) {
                    shown.add(switch (l.outcome()) {
                        case "APPROVED" -> new Shown(when, "good", Texts.text("answer.approved", l.projectNumber(),
                                l.termStart().toString(), l.termEnd().toString()));
                        case "REJECTED" -> new Shown(when, "bad", Texts.text("answer.rejected", reason(l)));
                        default -> new Shown(when, "bad", Texts.text("answer.correction", reason(l)));
                    });
                }
            }
        }
        return shown;
    }

    /** The receipt's verdict on a batch, or "—" while none has come. */
    public String forBatch(OutgoingBatch batch) {
        return desk.receiptOf(batch).map(a -> {
            boolean accepted = "ACCEPTED".equals(a.verdict()) || "DUPLICATE".equals(a.verdict());
            List<String> reasons = batchReasons(a);
            return Texts.text(accepted ? "answer.batch.accepted" : "answer.batch.refused", a.documentId(),
                    time(a.issued())) + (reasons.isEmpty() ? "" : " " + String.join("；", reasons));
        }).orElse("—");
    }

    public List<File> getFiles() {
        scope.require(site.siteCode(), Access.VIEW);
        return desk.latest(20).stream().map(a -> new File(a.fileName(), time(a.received()), a.kind().name(),
                a.kind() == ReceivedAnswer.Kind.REFUSED
                        ? Texts.text("answer.file.refused", (locale.isEnglish() ? a.error().en() : a.error().zh())
                                + " [" + a.error().id() + "]")
                        : a.kind() == ReceivedAnswer.Kind.RECEIPT
                                ? Texts.text("answer.file.receipt", a.documentId(), a.verdict())
                                : Texts.text("answer.file.notice", Objects.requireNonNullElse(a.documentNumber(), a.documentId()))))
                .toList();
    }

    public boolean isCanFetch() {
        return fetching.canFetch();
    }

    /** 取回回执: for those who may change this site's data (like building and sending batches). */
    public String fetch() {
        scope.require(site.siteCode(), Access.CHANGE);
        ReceiptFetching.Outcome o = fetching.fetch();
        if (o.complete()) {
            Texts.info("answer.fetched", o.fetched(), o.receipts(), o.notices(), o.refused());
        } else {
            Texts.error("answer.fetchFailed", o.fetched(), locale.isEnglish() ? o.errorEn() : o.errorZh(), o.errorId());
        }
        return "/batches/index.xhtml?faces-redirect=true";
    }

    private List<String> batchReasons(ReceivedAnswer a) {
        return a.lines().stream().filter(l -> "REASON".equals(l.outcome())).map(this::reason).toList();
    }

    private String reason(ReceivedAnswer.Line l) {
        String text = locale.isEnglish() ? l.en() : l.zh();
        return (text == null || text.isBlank() ? "" : text + " ") + "[" + l.code() + "]";
    }

    private static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }
}
