/**
 * The yearly call for pilots (征集通知) as data: document number, deadline and the key directions of §三(一).
 * A new year's call is new data, never new code.
 */
package cn.sh.pilot.intake.domain.call;
