/** Municipal review and approval, in the container and in the browser. */
package cn.sh.pilot.app.review;
