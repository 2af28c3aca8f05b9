/**
 * The {@link cn.sh.pilot.intake.domain.application.Application} aggregate: applicant, the §二 declarations, the
 * project and its life cycle (draft → submitted → withdrawn | recommended | not recommended), and its value objects.
 */
package cn.sh.pilot.intake.domain.application;
