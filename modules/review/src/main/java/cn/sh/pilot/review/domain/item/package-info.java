/**
 * The {@code ReviewItem} aggregate: an imported recommended item through routing, formal
 * completeness checks and correction requests, expert assignment and scores, type confirmation or
 * change, and the four-eyes decision, with optimistic versioning.
 */
package cn.sh.pilot.review.domain.item;
