/**
 * The recommender's preliminary review (初审, notice §五(三)): opinion, recommend or not, reviewer,
 * date and priority rank of each application, frozen once sent.
 */
package cn.sh.pilot.review.domain.preliminary;
