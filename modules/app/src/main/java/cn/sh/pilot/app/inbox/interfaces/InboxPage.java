package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.domain.security.AccessDeniedException;
import cn.sh.pilot.app.inbox.infrastructure.InboxRuntime;
import cn.sh.pilot.app.inbox.infrastructure.JdbcInboxQueries;
import cn.sh.pilot.app.inbox.infrastructure.JdbcInboxQueries.PackageLine;
import cn.sh.pilot.app.inbox.infrastructure.JdbcPackageLedger;
import cn.sh.pilot.app.interfaces.web.Pager;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.exchange.inbox.Arrival;
import cn.sh.pilot.exchange.inbox.InboxCheck;
import cn.sh.pilot.exchange.inbox.PackageRecord;
import cn.sh.pilot.exchange.inbox.PackageState;
import cn.sh.pilot.exchange.receipt.ItemResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox console (MUNICIPAL_OPERATOR, ADMIN): the package list with filters by state (REFUSED =
 * the quarantine) and sender, a page at a time; one package's checks and item outcomes; the
 * operator's re-run of a refused package.
 */
@Named
@RequestScoped
public class InboxPage {

    private static final int ITEMS_SHOWN = 200;

    @Inject
    JdbcInboxQueries queries;
    @Inject
    JdbcPackageLedger ledger;
    @Inject
    InboxRuntime runtime;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;

    private Integer page;
    private String state;
    private String sender;
    private String sha;
    private Pager pager;
    private List<PackageLine> rows;
    private Optional<PackageRecord> record;

    private void requireOperator() {
        if (!security.isCallerInRole("MUNICIPAL_OPERATOR") && !security.isCallerInRole("ADMIN")) {
            throw new AccessDeniedException("inbox", "the inbox is for municipal operators");
        }
    }

    public List<PackageLine> getRows() {
        requireOperator();
        if (rows == null) {
            rows = queries.page(stateFilter(), senderFilter(), getPager().getFirst(), Pager.PAGE_SIZE);
        }
        return rows;
    }

    public Pager getPager() {
        requireOperator();
        if (pager == null) {
            pager = new Pager(page, queries.count(stateFilter(), senderFilter()), Pager.PAGE_SIZE);
        }
        return pager;
    }

    public PackageState[] getStates() {
        return PackageState.values();
    }

    private String stateFilter() {
        for (PackageState s : PackageState.values()) {
            if (s.name().equals(state)) {
                return s.name();
            }
        }
        return null;
    }

    private String senderFilter() {
        return sender == null || sender.isBlank() ? null : sender.strip();
    }

    public OffsetDateTime utc(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** Bytes in plain words: 1.2 MB, 830 KB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    // --- one package

    public PackageRecord getRecord() {
        requireOperator();
        if (record == null) {
            record = sha == null ? Optional.empty() : ledger.find(sha.strip().toLowerCase(Locale.ROOT));
        }
        return record.orElse(null);
    }

    public List<InboxCheck> getChecks() {
        PackageRecord r = getRecord();
        return r == null || r.judgement() == null ? List.of() : r.judgement().checks();
    }

    public List<Arrival> getArrivals() {
        PackageRecord r = getRecord();
        return r == null ? List.of() : ledger.arrivals(r.sha256());
    }

    public long getItemsAccepted() {
        PackageRecord r = getRecord();
        return r == null || r.judgement() == null ? 0 : r.judgement().items().stream().filter(ItemResult::accepted).count();
    }

    public long getItemsRefused() {
        PackageRecord r = getRecord();
        return r == null || r.judgement() == null ? 0 : r.judgement().items().stream().filter(i -> !i.accepted()).count();
    }

    /** The refused items first, then accepted ones, at most {@value #ITEMS_SHOWN}. */
    public List<ItemResult> getItems() {
        PackageRecord r = getRecord();
        if (r == null || r.judgement() == null) {
            return List.of();
        }
        return r.judgement().items().stream().sorted((a, b) -> Boolean.compare(a.accepted(), b.accepted()))
                .limit(ITEMS_SHOWN).toList();
    }

    public boolean isRerunnable() {
        PackageRecord r = getRecord();
        return r != null && r.state() == PackageState.REFUSED && runtime.pipeline().isPresent();
    }

    /** Judges the refused package again (after a trust-store fix); a new receipt follows. Audited. */
    public String rerun() {
        requireOperator();
        PackageRecord r = getRecord();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (r == null || !isRerunnable()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "not re-runnable", null));
            return null;
        }
        audit.record("inbox.package.rerun", "inbox_package", r.sha256(), Map.of("state", r.state().name()), null);
        try {
            runtime.pipeline().get().rerun(r.sha256());
        } catch (Exception e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
        return "/inbox/package?faces-redirect=true&sha=" + r.sha256();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getSha() {
        return sha;
    }

    public void setSha(String sha) {
        this.sha = sha;
    }
}
