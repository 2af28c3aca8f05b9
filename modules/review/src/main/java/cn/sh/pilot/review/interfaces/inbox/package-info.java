/** Review's part of the municipal inbox: the recommendation batch handler plugged into exchange's pipeline. */
package cn.sh.pilot.review.interfaces.inbox;
