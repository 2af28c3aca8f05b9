/**
 * Use cases of the platform: user and recommender administration, the audit log, login throttling, the first
 * administrator, and {@link cn.sh.pilot.app.application.RecommenderScope} — the one place that decides which
 * recommender's data the caller may see or change. Services coordinate (transactions, checks, audit); the rules
 * live in the domain.
 */
package cn.sh.pilot.app.application;
