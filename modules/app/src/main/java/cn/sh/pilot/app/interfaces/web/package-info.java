/**
 * The Jakarta Faces console: page beans, language switch, paging and sorting, and the web edge's protection
 * (security headers, CSRF tokens, the 403 "无权访问" mapping). Pages live in {@code src/main/webapp}.
 */
package cn.sh.pilot.app.interfaces.web;
