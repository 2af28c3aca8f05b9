/**
 * Retention (保管期限): the rule that sets how long an archived project file is kept, in plain Java
 * with no contract types ({@link cn.sh.pilot.archive.domain.retention.RetentionPolicy}).
 */
package cn.sh.pilot.archive.domain.retention;
