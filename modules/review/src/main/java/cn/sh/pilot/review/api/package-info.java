/**
 * What other modules and the application shell may use from review: the stable error ids of its
 * refusals ({@link cn.sh.pilot.review.api.ReviewError}) and the {@link cn.sh.pilot.review.api.ProjectApproved}
 * event the projects module receives through the app's wiring, and the {@link cn.sh.pilot.review.api.ArchiveFeed}
 * query the app assembles into archival records. Plain values only.
 */
package cn.sh.pilot.review.api;
