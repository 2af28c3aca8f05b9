package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.domain.security.AccessDeniedException;
import cn.sh.pilot.app.application.ArchiveDesk;
import cn.sh.pilot.app.application.ArchiveExportLog.ExportLine;
import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /archive/index.xhtml} (ARCHIVIST, ADMIN; municipal site): the export form — call or year, recommender,
 * status, date range — which starts an export in the background; its progress while it runs (the page refreshes
 * itself); the export history with downloads.
 */
@Named
@RequestScoped
public class ArchivePage {

    private static final int HISTORY = 50;

    @Inject
    ArchiveDesk desk;
    @Inject
    CurrentUser currentUser;
    @Inject
    SecurityContext security;

    private String callId;
    private String year;
    private String recommender;
    private String status;
    private String from;
    private String to;
    private List<ExportLine> history;

    private void requireArchivist() {
        if (!security.isCallerInRole("ARCHIVIST") && !security.isCallerInRole("ADMIN")) {
            throw new AccessDeniedException("archive", "archive exports are for archivists");
        }
    }

    public String export() {
        requireArchivist();
        Selection selection;
        try {
            selection = new Selection(blank(callId), year(), blank(recommender), statuses(), date(from), date(to));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Texts.refused("selection-invalid");
            return null;
        }
        try {
            String name = currentUser.account().map(UserAccount::displayName).orElse(currentUser.username());
            desk.start(selection, currentUser.username(), name);
            Texts.info("archive.started");
            return "/archive/index.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Texts.refused(e.id());
            return null;
        }
    }

    public List<ExportLine> getHistory() {
        requireArchivist();
        if (history == null) {
            history = desk.history(HISTORY);
        }
        return history;
    }

    /** Whether an export is still running: the page then refreshes itself every second. */
    public boolean isRunning() {
        return getHistory().stream().anyMatch(ExportLine::isRunning);
    }

    /** "12 / 40 (30 %)" for a running export; empty if it runs elsewhere or has not counted yet. */
    public String progress(long id) {
        Optional<ArchiveDesk.Running> r = desk.progress(id);
        return r.filter(p -> p.total() > 0).map(p -> p.done() + " / " + p.total() + " (" + p.percent() + " %)").orElse("…");
    }

    public int percent(long id) {
        return desk.progress(id).map(ArchiveDesk.Running::percent).orElse(0);
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    private Integer year() {
        return blank(year) == null ? null : Integer.valueOf(year.strip());
    }

    private Set<ProjectStatus> statuses() {
        return blank(status) == null ? Set.of() : Set.of(ProjectStatus.valueOf(status.strip()));
    }

    private static LocalDate date(String text) {
        return blank(text) == null ? null : LocalDate.parse(text.strip());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getRecommender() {
        return recommender;
    }

    public void setRecommender(String recommender) {
        this.recommender = recommender;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
