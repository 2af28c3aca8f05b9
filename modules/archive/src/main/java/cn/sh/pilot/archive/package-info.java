/**
 * Archive: complete, schema-valid, verifiable archival record packages (exports as signed BagIt bags),
 * fixity and offline verification. {@link cn.sh.pilot.archive.Archive} assembles the two use cases for the
 * shells (console, CLI); {@code api} is what they pass in and get back.
 */
package cn.sh.pilot.archive;
