package cn.sh.pilot.app.application;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.application.Actor;
import cn.sh.pilot.intake.application.AttachFile;
import cn.sh.pilot.intake.application.DraftApplication;
import cn.sh.pilot.intake.application.ImportApplicationXml;
import cn.sh.pilot.intake.application.RecordAdverseRecord;
import cn.sh.pilot.intake.application.ReviseApplication;
import cn.sh.pilot.intake.application.SubmitApplication;
import cn.sh.pilot.intake.application.WithdrawApplication;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.CallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.Optional;

/**
 * The recommender site's intake desk: runs intake's use cases for the signed-in operator inside one transaction
 * each (the audit entry commits with the change; a refusal rolls everything back). Every call is confined by
 * {@link RecommenderScope} to this site's recommender ({@code PILOT_SITE_CODE}): an operator of another
 * recommender is refused with 403, and intake itself refuses applications addressed elsewhere (§五(三)).
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class IntakeDesk {

    @Inject
    SiteConfig site;
    @Inject
    CurrentUser currentUser;
    @Inject
    RecommenderScope scope;
    @Inject
    ApplicationRepository applications;
    @Inject
    CallRepository calls;
    @Inject
    DraftApplication drafting;
    @Inject
    ReviseApplication revising;
    @Inject
    SubmitApplication submitting;
    @Inject
    WithdrawApplication withdrawing;
    @Inject
    ImportApplicationXml importing;
    @Inject
    AttachFile attaching;
    @Inject
    RecordAdverseRecord adverseRecords;

    /** This site's recommender code, whose applications the desk handles. */
    public String recommenderCode() {
        return site.siteCode();
    }

    public boolean isOpen() {
        return site.siteRole() == SiteRole.RECOMMENDER;
    }

    public Optional<Application> find(ApplicationId id) {
        scope.require(recommenderCode(), Access.VIEW);
        return applications.find(id).filter(a -> a.recommenderCode().equals(recommenderCode()));
    }

    public Optional<Call> call(CallId id) {
        return calls.find(id);
    }

    public Application draft(CallId call, Applicant applicant, Declarations declarations, Project project) throws RefusedException {
        return drafting.draft(actor(), call, applicant, declarations, project);
    }

    public Application revise(ApplicationId id, Applicant applicant, Declarations declarations, Project project) throws RefusedException {
        return revising.revise(actor(), id, applicant, declarations, project);
    }

    public Application submit(ApplicationId id) throws RefusedException {
        return submitting.submit(actor(), id);
    }

    public Application withdraw(ApplicationId id) throws RefusedException {
        return withdrawing.withdraw(actor(), id);
    }

    public Application importXml(InputStream document) throws RefusedException {
        return importing.importXml(actor(), document);
    }

    public AttachmentMetadata attach(ApplicationId id, String fileName, String declaredType, String description,
                                     InputStream content) throws RefusedException {
        return attaching.attach(actor(), id, fileName, declaredType, description, content);
    }

    /** Adds a §二(五) record to a draft; the 3-year look-back is judged on submission. */
    public Application addAdverseRecord(ApplicationId id, AdverseRecord record) throws RefusedException {
        return adverseRecords.add(actor(), id, record);
    }

    public Application removeAdverseRecord(ApplicationId id, AdverseRecord record) throws RefusedException {
        return adverseRecords.remove(actor(), id, record);
    }

    private Actor actor() {
        if (!isOpen()) {
            throw new ChangeRefusedException("intake-not-on-this-site");
        }
        scope.require(recommenderCode(), Access.CHANGE);
        return new Actor(currentUser.username(), recommenderCode());
    }
}
