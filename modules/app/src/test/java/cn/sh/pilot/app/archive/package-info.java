/** Harnesses for the archive over the app's database: a populated municipal site for the export benchmark. */
package cn.sh.pilot.app.archive;
