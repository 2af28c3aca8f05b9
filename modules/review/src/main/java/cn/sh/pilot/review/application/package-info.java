/**
 * Review's use cases on the recommender site — preliminary review, building and signing a batch: thin classes that
 * load, let the domain decide, save and write one audit entry per change. No CDI annotations; the app wires them and
 * runs them inside its transactions.
 */
package cn.sh.pilot.review.application;
