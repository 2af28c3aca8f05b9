/**
 * Review's JPA entities and repositories: imported batches (the per-recommender chain) and their items; and the
 * archive feed over the same tables in plain JDBC ({@code JdbcArchiveFeed}), so the command line can read it too.
 */
package cn.sh.pilot.review.infrastructure.persistence;
