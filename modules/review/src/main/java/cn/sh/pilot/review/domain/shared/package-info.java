/**
 * Values every part of review shares: ids ({@code ApplicationId}, {@code ItemId}, {@code BatchId}),
 * codes from the reference data, the acting user, and the {@code Verdict}/{@code Refusal} shape of
 * every policy's answer.
 */
package cn.sh.pilot.review.domain.shared;
