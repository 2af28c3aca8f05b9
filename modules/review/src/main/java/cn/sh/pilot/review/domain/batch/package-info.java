/**
 * Recommendation batches (推荐批次): the recommender side's {@code BatchAssembly} of the next signed
 * batch, and the municipal side's {@code BatchChainPolicy}, which checks each recommender's hash
 * chain of batches (sequence numbers and previous-package digests).
 */
package cn.sh.pilot.review.domain.batch;
