/**
 * Expert review: the call's criteria table (data), expert assignment under the conflict-of-interest
 * rule, score sheets, and their summary (mean, spread, standard deviation, weighted totals).
 */
package cn.sh.pilot.review.domain.scoring;
