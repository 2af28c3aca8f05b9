/**
 * The eligibility rules of the notice (§二, §三, §五(四)), one small policy class per rule, each returning a
 * {@link cn.sh.pilot.intake.domain.eligibility.Verdict}; {@link cn.sh.pilot.intake.domain.eligibility.EligibilityPolicy}
 * runs them all and keeps every refusal.
 */
package cn.sh.pilot.intake.domain.eligibility;
