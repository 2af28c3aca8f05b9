package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.AuditLog;
import cn.sh.pilot.app.domain.audit.ChainVerification;
import cn.sh.pilot.contracts.audit.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Administration: the audit log, newest first, and the whole-chain check. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditLog audit;

    private Integer page;
    private Pager pager;
    private List<AuditEntry> rows;
    private ChainVerification verification;

    public List<AuditEntry> getRows() {
        if (rows == null) {
            rows = audit.page(getPager().getFirst(), Pager.PAGE_SIZE);
        }
        return rows;
    }

    public Pager getPager() {
        if (pager == null) {
            pager = new Pager(page, audit.count(), Pager.PAGE_SIZE);
        }
        return pager;
    }

    public String verify() {
        verification = audit.verify();
        return null;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public OffsetDateTime getBrokenAt() {
        return verification == null || verification.brokenAt() == null ? null
                : OffsetDateTime.ofInstant(verification.brokenAt(), ZoneOffset.UTC);
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
