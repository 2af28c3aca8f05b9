package cn.sh.pilot.exchange.container;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/** Where an entry may sit in the package, and what it is for. */
public enum EntryRole {
    /** {@code mimetype}: first, stored, never signed (as in ASiC-E). */
    MIMETYPE,
    /** The one XML document at the root. */
    PAYLOAD,
    /** A file under {@code attachments/}. */
    ATTACHMENT,
    /** {@code META-INF/signatures.xml}. */
    SIGNATURE,
    /** An empty directory entry ({@code attachments/}, {@code META-INF/} ...), ignored. */
    DIRECTORY;

    /** Whether the signature must cover entries in this role. */
    public boolean signed() {
        return this == PAYLOAD || this == ATTACHMENT;
    }

    /** The role of a checked name, or a refusal if the name has no place in the layout. */
    public static EntryRole of(EntryName name) throws RefusedException {
        String v = name.value();
        if (name.directory()) {
            if (v.equals("META-INF") || v.equals("attachments") || v.startsWith(PackageFormat.ATTACHMENTS)) {
                return DIRECTORY;
            }
        } else if (v.equals(PackageFormat.MIMETYPE_ENTRY)) {
            return MIMETYPE;
        } else if (v.equals(PackageFormat.SIGNATURE_ENTRY)) {
            return SIGNATURE;
        } else if (v.startsWith(PackageFormat.ATTACHMENTS)) {
            return ATTACHMENT;
        } else if (name.atRoot() && v.endsWith(".xml")) {
            return PAYLOAD;
        }
        throw new RefusedException(PackageError.ENTRY_OUTSIDE_LAYOUT, name.toString());
    }
}
