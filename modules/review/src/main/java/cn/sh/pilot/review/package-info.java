/**
 * Review: the recommender's preliminary review and signed batches, and the municipal review, expert scores and the four-eyes approval (立项).
 */
package cn.sh.pilot.review;
