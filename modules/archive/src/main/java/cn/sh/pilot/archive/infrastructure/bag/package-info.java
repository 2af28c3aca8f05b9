/**
 * BagIt on disk: the staging writer that digests while copying ({@link
 * cn.sh.pilot.archive.infrastructure.bag.FolderBagStore}), the tag files, the municipal XML signature over
 * them ({@link cn.sh.pilot.archive.infrastructure.bag.BagSeal}), ZIP packing and safe unpacking, and the
 * inspector a verification reads a bag with.
 */
package cn.sh.pilot.archive.infrastructure.bag;
