package cn.sh.pilot.archive.api;

/** How an export is delivered. */
public enum BagFormat {
    /** A BagIt folder. */
    FOLDER,
    /** A ZIP holding the BagIt folder as its one top-level directory (RFC 8493 §4 serialization). */
    ZIP
}
