package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.OpenCall;
import cn.sh.pilot.app.application.ReviewDesk;
import cn.sh.pilot.app.application.ReviewDesk.ExpertProfile;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.approval.ConfirmedDecisions;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.CheckItem;
import cn.sh.pilot.review.domain.item.CheckResult;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.scoring.Criterion;
import cn.sh.pilot.review.domain.scoring.Score;
import cn.sh.pilot.review.domain.scoring.ScoreSummary;
import cn.sh.pilot.review.domain.scoring.Statistics;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipal review pages (市级评审): {@code /review/index.xhtml} (items to route, each domain's worklist),
 * {@code /review/item.xhtml?id=} (application data, recommender opinion, checklist, experts, scores side by side with
 * mean and spread, type, decision proposal), {@code /review/expert.xhtml} (an expert's assigned items and score form)
 * and {@code /review/approvals.xhtml} (pending proposals, confirmed one or many at once). Forms post plain fields
 * (with the CSRF token) which the actions read from the request; refusals are listed with their error ids.
 */
@Named
@RequestScoped
public class ReviewPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    @Inject
    ReviewDesk desk;
    @Inject
    OpenCall openCall;
    @Inject
    LocaleSelector locale;

    private List<String> refusals = List.of();
    private String id;
    private String domain;
    private Optional<ReviewItem> item;
    private ReviewSetup setup;

    /** One criterion row of the side-by-side table: each expert's points, then mean and spread. */
    public record CriterionRow(String code, String name, String max, List<String> points, String mean, String spread) {
    }

    /** One checklist line with its result, if recorded. */
    public record CheckRow(String code, String name, boolean recorded, boolean passed, String note) {
    }

    // ---- worklist

    public ReviewSetup getSetup() {
        if (setup == null) {
            try {
                setup = desk.setup(new CallId(openCall.current().id()));
            } catch (ReviewRefusedException e) {
                throw new IllegalStateException(e);
            }
        }
        return setup;
    }

    public List<ReviewDomain> getDomains() {
        return getSetup().routing().domains();
    }

    /** The worklist's domain (view parameter, kept when the language is switched). */
    public String getDomain() {
        String d = domain != null ? domain : param("domain");
        return d == null || d.isBlank() ? null : d;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /** The item shown (view parameter, kept when the language is switched; forms post it as a field). */
    public String getId() {
        return id != null ? id : param("id");
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<ImportedItem> getUnrouted() {
        return desk.unrouted();
    }

    /** The selected domain's worklist, or every open item when none is selected. */
    public List<ReviewItem> getWorklist() {
        if (getDomain() != null) {
            return desk.worklist(getDomain());
        }
        return desk.allRouted().stream().filter(i -> i.status().name().equals("UNDER_REVIEW")
                || i.status().name().equals("PROPOSED")).toList();
    }

    public List<ReviewItem> getDecided() {
        return desk.allRouted().stream().filter(i -> i.decision().isPresent()).toList();
    }

    public String route() {
        ItemId id = itemId();
        try {
            ReviewItem routed = desk.route(id);
            Texts.info("mr.routed", routed.projectName(), domainName(routed.domain()));
            return "/review/index.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    // ---- one item

    public ReviewItem getItem() {
        if (item == null) {
            String id = getId();
            try {
                item = id == null || id.isBlank() ? Optional.empty() : desk.item(ItemId.of(id.strip()));
            } catch (IllegalArgumentException | ReviewRefusedException e) {
                item = Optional.empty();
            }
        }
        return item.orElse(null);
    }

    public String domainName(ReviewDomain d) {
        return d == null ? "" : locale.isEnglish() ? d.nameEn() : d.nameZh();
    }

    public List<CheckRow> getChecks() {
        ReviewItem i = getItem();
        if (i == null) {
            return List.of();
        }
        Map<String, CheckResult> results = new LinkedHashMap<>();
        i.checks().forEach(c -> results.put(c.code(), c));
        List<CheckRow> rows = new ArrayList<>();
        for (CheckItem line : getSetup().checklist().applicableTo(i.type())) {
            CheckResult r = results.get(line.code());
            rows.add(new CheckRow(line.code(), locale.isEnglish() ? line.nameEn() : line.nameZh(), r != null,
                    r != null && r.passed(), r == null ? "" : r.note()));
        }
        return rows;
    }

    public String getCompleteness() {
        ReviewItem i = getItem();
        return i == null ? "" : i.completeness(getSetup().checklist()).name();
    }

    public List<UserAccount> getExperts() {
        return desk.experts();
    }

    public ExpertProfile profileOf(String username) {
        return desk.expertProfile(username).orElse(null);
    }

    public List<String> getScoringExperts() {
        ReviewItem i = getItem();
        return i == null ? List.of() : i.scores().stream().map(Score::expertUserId).toList();
    }

    public String expertName(String userId) {
        ReviewItem i = getItem();
        return i == null ? userId : i.assignments().stream().filter(a -> a.expert().userId().equals(userId))
                .map(a -> a.expert().person().displayName()).findFirst().orElse(userId);
    }

    public List<CriterionRow> getScoreRows() {
        ReviewItem i = getItem();
        if (i == null) {
            return List.of();
        }
        ScoreSummary summary = i.scoreSummary(getSetup().criteria());
        List<CriterionRow> rows = new ArrayList<>();
        for (Criterion c : getSetup().criteria().criteria()) {
            Statistics s = summary.byCriterion().get(c.code());
            rows.add(new CriterionRow(c.code(), locale.isEnglish() ? c.nameEn() : c.nameZh(), plain(c.maxPoints()),
                    i.scores().stream().map(sc -> plain(sc.points().get(c.code()))).toList(), plain(s.mean()),
                    plain(s.spread())));
        }
        Statistics total = summary.weightedTotal();
        rows.add(new CriterionRow("TOTAL", Texts.text("mr.score.total"), plain(summary.maxWeightedTotal()),
                i.scores().stream().map(sc -> plain(summary.totalByExpert().get(sc.expertUserId()))).toList(),
                plain(total.mean()), plain(total.spread())));
        return rows;
    }

    public List<String> getScoreComments() {
        ReviewItem i = getItem();
        return i == null ? List.of() : i.scores().stream()
                .map(s -> expertName(s.expertUserId()) + "：" + (s.comment().isBlank() ? "—" : s.comment())).toList();
    }

    public List<Criterion> getCriteria() {
        return getSetup().criteria().criteria();
    }

    public String criterionName(Criterion c) {
        return locale.isEnglish() ? c.nameEn() : c.nameZh();
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String recordCheck() {
        ItemId id = itemId();
        try {
            desk.recordCheck(id, param("code"), "pass".equals(param("result")), param("note"));
            Texts.info("mr.checked");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String assignExpert() {
        ItemId id = itemId();
        try {
            ReviewItem i = desk.assignExpert(id, param("expert"), param("uscc"), param("recommender"));
            Texts.info("mr.assigned", i.assignments().get(i.assignments().size() - 1).expert().person().displayName());
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String confirmType() {
        ItemId id = itemId();
        try {
            desk.confirmType(id);
            Texts.info("mr.typeConfirmed");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String changeType() {
        ItemId id = itemId();
        try {
            ProjectType to = "KEY".equals(param("type")) ? ProjectType.KEY : ProjectType.GENERAL;
            desk.changeType(id, to, param("group"), param("direction"), param("reason"));
            Texts.info("mr.typeChanged");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String reroute() {
        ItemId id = itemId();
        try {
            desk.reroute(id, param("domain"), param("reason"));
            Texts.info("mr.rerouted");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String propose() {
        ItemId id = itemId();
        try {
            Outcome outcome = "REJECT".equals(param("outcome")) ? Outcome.REJECT : Outcome.APPROVE;
            desk.propose(id, outcome, param("reason"), version());
            Texts.info("mr.proposed");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    public String withdraw() {
        ItemId id = itemId();
        try {
            desk.withdraw(id, version());
            Texts.info("mr.withdrawn");
            return redirectToItem(id);
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    // ---- expert

    public List<ReviewItem> getMine() {
        return desk.assignedToMe();
    }

    public boolean scoredByMe(ReviewItem i) {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return i.scores().stream().anyMatch(s -> s.expertUserId().equals(me));
    }

    public String score() {
        ItemId id = itemId();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Criterion c : getSetup().criteria().criteria()) {
            typed.put(c.code(), param("points-" + c.code()));
        }
        try {
            desk.score(id, typed, param("comment"));
            Texts.info("mr.scored");
            return "/review/expert.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    // ---- approvals

    public List<ReviewItem> getPending() {
        return desk.pendingProposals();
    }

    /** Confirms every ticked proposal (values {@code <item id>:<version>}) with one confirmation. */
    public String confirmSelected() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("sel");
        Map<ItemId, Long> seen = new LinkedHashMap<>();
        if (ticked != null) {
            for (String t : ticked) {
                int colon = t.lastIndexOf(':');
                try {
                    seen.put(ItemId.of(t.substring(0, colon)), Long.parseLong(t.substring(colon + 1)));
                } catch (RuntimeException e) {
                    // a malformed value is no selection
                }
            }
        }
        try {
            ConfirmedDecisions done = desk.confirm(seen);
            Texts.info("mr.confirmed", done.decisions().size(), done.approvals().size(),
                    String.join("、", done.approvals().stream().map(a -> a.projectNumber()).toList()));
            return "/review/approvals.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    // ---- shared

    public List<String> getRefusals() {
        return refusals;
    }

    private String refused(RefusedException e) {
        if (e instanceof ReviewRefusedException r) {
            refusals = r.refusals().stream().map(x -> "[" + x.id() + "] " + about(x.subject())
                    + (locale.isEnglish() ? x.error().en() : x.error().zh())
                    + (x.detail().isBlank() ? "" : (locale.isEnglish() ? " (" + x.detail() + ")" : "（" + x.detail() + "）")))
                    .toList();
        } else {
            refusals = List.of("[" + e.error().id() + "] " + (locale.isEnglish() ? e.error().en() : e.error().zh()));
        }
        item = null;
        Texts.error("mr.refused", refusals.size());
        return null;
    }

    /** "项目名称：" for a refusal about an item (its subject begins with the item id), else the subject in brackets. */
    private String about(String subject) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        String first = subject.split(" / ", 2)[0];
        try {
            Optional<ReviewItem> about = desk.item(ItemId.of(first));
            if (about.isPresent()) {
                String rest = subject.length() > first.length() ? subject.substring(first.length() + 3) + " " : "";
                return "“" + about.get().projectName() + "” " + rest + (locale.isEnglish() ? ": " : "：");
            }
        } catch (IllegalArgumentException | ReviewRefusedException notAnItem) {
            // a subject that is not an item id, e.g. a criterion code
        }
        return "[" + subject + "] ";
    }

    private ItemId itemId() {
        String id = getId();
        if (id == null) {
            throw new ChangeRefusedException("review-item-not-found");
        }
        try {
            return ItemId.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("review-item-not-found");
        }
    }

    private long version() {
        try {
            return Long.parseLong(param("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String redirectToItem(ItemId id) {
        return "/review/item.xhtml?faces-redirect=true&id=" + id;
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
