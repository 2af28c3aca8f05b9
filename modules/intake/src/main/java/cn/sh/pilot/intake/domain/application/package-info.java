/**
 * The {@link cn.sh.pilot.intake.domain.application.Application} aggregate: applicant, the §二 declarations, the
 * project and its life cycle (draft → submitted → withdrawn | recommended | not recommended), its value objects, and
 * the ports the use cases need: {@code ApplicationRepository}, {@code AttachmentStore}, {@code ApplicationDocumentReader}.
 */
package cn.sh.pilot.intake.domain.application;
