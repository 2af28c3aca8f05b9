/**
 * Adapters the generated contract classes use to carry dates as {@code java.time} values.
 */
package cn.sh.pilot.contracts.bind;
