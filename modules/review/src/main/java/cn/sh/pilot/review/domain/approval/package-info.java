/**
 * Confirming decisions, one item or many at once, all or nothing: allocates project numbers and
 * terms and yields the {@code ProjectApproved} events.
 */
package cn.sh.pilot.review.domain.approval;
