/**
 * Review: the recommender's preliminary review and signed batches, and the municipal review, expert
 * scores and the four-eyes approval (立项). {@code api} is what others may use; {@code domain} holds
 * the rules as plain Java; {@code infrastructure.xml} maps the exchanged documents.
 */
package cn.sh.pilot.review;
