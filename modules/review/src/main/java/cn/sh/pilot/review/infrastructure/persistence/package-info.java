/** Review's JPA entities and repositories: imported batches (the per-recommender chain) and their items. */
package cn.sh.pilot.review.infrastructure.persistence;
