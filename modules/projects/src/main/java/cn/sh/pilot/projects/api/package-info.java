/**
 * What other modules and the application shell may use from projects: the stable error ids, the published
 * project states and the {@link cn.sh.pilot.projects.api.ProjectEvent} every transition returns. The domain
 * ({@code cn.sh.pilot.projects.domain}) is reached by the shell ({@code app}, {@code cli}) only.
 */
package cn.sh.pilot.projects.api;
