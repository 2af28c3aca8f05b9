/**
 * The four-eyes decision (立项, §四(一)): proposals, confirmed decisions, the {@code FourEyesPolicy},
 * project numbers with their sequence port, and project terms.
 */
package cn.sh.pilot.review.domain.decision;
