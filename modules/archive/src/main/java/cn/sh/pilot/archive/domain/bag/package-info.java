/**
 * The BagIt rules an export follows (RFC 8493): the layout and names, manifest lines with their
 * percent-encoding, Payload-Oxum, and the index a verification checks the payload against. Plain Java.
 */
package cn.sh.pilot.archive.domain.bag;
