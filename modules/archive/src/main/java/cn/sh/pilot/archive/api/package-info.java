/**
 * What other modules, the application shell and the CLI use from archive: the port the app implements over
 * its database ({@link cn.sh.pilot.archive.api.ProjectHistorySource}), the selection and export request,
 * the verification report, and the stable error ids ({@link cn.sh.pilot.archive.api.ArchiveError}).
 */
package cn.sh.pilot.archive.api;
