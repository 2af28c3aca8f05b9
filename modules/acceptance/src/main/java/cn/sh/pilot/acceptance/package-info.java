/**
 * Acceptance evaluation (验收评估): the guarantor's application, expert panel scoring, the result and benchmark (标杆) designation.
 */
package cn.sh.pilot.acceptance;
