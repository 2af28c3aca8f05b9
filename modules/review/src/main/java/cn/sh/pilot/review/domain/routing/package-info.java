/**
 * Routing of review work by domain to the call's domain contacts (§五(五)): the call's routing
 * table, as data.
 */
package cn.sh.pilot.review.domain.routing;
