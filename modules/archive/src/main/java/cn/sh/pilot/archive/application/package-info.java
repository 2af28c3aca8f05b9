/**
 * The archive's use cases — {@link cn.sh.pilot.archive.application.ArchiveExport} and
 * {@link cn.sh.pilot.archive.application.ArchiveVerifier} — and the ports they drive
 * ({@code RecordSerializer}, {@code RecordInspector}, {@code BagStore}, {@code BagInspector}), which
 * {@code infrastructure.xml} and {@code infrastructure.bag} implement. They coordinate, never decide: the
 * rules are in {@code domain}. A console page or a picocli command is a thin shell over the two use cases;
 * {@link cn.sh.pilot.archive.Archive} assembles them.
 */
package cn.sh.pilot.archive.application;
