/**
 * Recommenders (推荐单位): the district bureaus and industry departments that recommend projects, and the
 * municipal bureau itself; their profile (contact person, phone, address) is the first recommender-owned record.
 */
package cn.sh.pilot.app.domain.recommender;
