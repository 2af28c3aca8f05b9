/**
 * Console user accounts: the {@code app_user} aggregate, the rules for a valid account, and its repository interface.
 */
package cn.sh.pilot.app.domain.user;
