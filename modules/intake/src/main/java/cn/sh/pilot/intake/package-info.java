/**
 * Intake on a recommender site: yearly calls, applications, the eligibility rules of the notice (§二, §三) and the printable application form.
 */
package cn.sh.pilot.intake;
