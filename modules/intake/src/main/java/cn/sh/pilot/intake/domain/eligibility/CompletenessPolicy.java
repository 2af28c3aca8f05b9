package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Contact;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.call.Call;

import java.util.ArrayList;
import java.util.List;

/**
 * §五(二) 填写申请表: an application is complete when it has everything the application document
 * ({@code schemas/application/v1}) requires, so that the recommender can send it in a batch. A draft may lack
 * these while it is being filled in; submission refuses it with {@code application-incomplete}, the detail naming
 * each missing field by its path in the document (e.g. {@code Applicant/PostalCode, Project/Budget}), so the
 * applicant learns it now rather than the recommender when it builds the batch.
 *
 * <p>Only presence is judged here. What other rules already say is left to them: a key project's direction,
 * planned outputs and endorsement ({@link KeyProjectPolicy}), the credit code ({@link CreditCodePolicy}), the
 * district ({@link RegistrationPolicy}). Formats and counts (phone, e-mail, postal code pattern, at most 20 goals,
 * 3 contacts) are the schema's to check when the document is written.
 */
public final class CompletenessPolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        List<String> missing = missingFields(application);
        return missing.isEmpty() ? Verdict.allow()
                : Verdict.refuse(IntakeError.APPLICATION_INCOMPLETE, String.join(", ", missing));
    }

    /** The document paths of the required fields {@code application} leaves empty, in document order. */
    public static List<String> missingFields(Application application) {
        List<String> missing = new ArrayList<>();
        Applicant applicant = application.applicant();
        require(missing, applicant.name(), "Applicant/Name");
        require(missing, applicant.address(), "Applicant/Address");
        require(missing, applicant.postalCode(), "Applicant/PostalCode");
        require(missing, applicant.legalRepresentative(), "Applicant/LegalRepresentative");
        List<Contact> contacts = applicant.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            require(missing, contacts.get(i).name(), "Applicant/Contact[" + (i + 1) + "]/Name");
        }

        int sanctions = 0;
        int accidents = 0;
        for (AdverseRecord r : application.declarations().adverseRecords()) {
            if (r.kind().isAccident()) {
                String path = "Declarations/MajorAccidents/Accident[" + ++accidents + "]/";
                require(missing, r.description(), path + "Description");
            } else {
                String path = "Declarations/Sanctions/Sanction[" + ++sanctions + "]/";
                require(missing, r.issuer(), path + "Authority");
                require(missing, r.description(), path + "Description");
            }
        }

        Project project = application.project();
        Endorsement endorsement = project.endorsement();
        if (endorsement != null) {
            String path = (project.type() == ProjectType.KEY ? "KeyProject" : "GeneralProject") + "/Endorsement/";
            require(missing, endorsement.departmentCode(), path + "Department/Code");
            require(missing, endorsement.departmentName(), path + "Department/Name");
            require(missing, endorsement.opinion(), path + "Opinion");
        }

        require(missing, project.name(), "Project/Name");
        require(missing, project.summary(), "Project/Summary");
        if (project.goals().isEmpty()) {
            missing.add("Project/Goals");
        }
        for (int i = 0; i < project.goals().size(); i++) {
            require(missing, project.goals().get(i), "Project/Goals/Goal[" + (i + 1) + "]");
        }
        if (project.budget() == null) {
            missing.add("Project/Budget");
        }
        return missing;
    }

    private static void require(List<String> missing, String value, String path) {
        if (value == null || value.isBlank()) {
            missing.add(path);
        }
    }
}
