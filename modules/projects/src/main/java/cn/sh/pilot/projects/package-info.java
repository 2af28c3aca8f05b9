/**
 * Projects after approval (立项): the two-year term, the one extension, progress reports and standard outputs.
 */
package cn.sh.pilot.projects;
