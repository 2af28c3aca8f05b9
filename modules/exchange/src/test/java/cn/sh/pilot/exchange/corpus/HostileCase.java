package cn.sh.pilot.exchange.corpus;

import cn.sh.pilot.exchange.container.PackageLimits;

/**
 * One generated hostile package: what it tries, the error id it must be refused with (or
 * {@code accepted} for a control), its file name, and the limits to verify it under.
 */
record HostileCase(String description, String expected, String file, PackageLimits limits) {

    static final String ACCEPTED = "accepted";

    /** One manifest line: file, expected, limits, description, tab-separated. */
    String line() {
        return file + "\t" + expected + "\t" + limits.maxEntries() + "," + limits.maxEntryBytes() + ","
                + limits.maxTotalBytes() + "," + limits.maxCompressionRatio() + "\t" + description;
    }

    static HostileCase parse(String line) {
        String[] p = line.split("\t", 4);
        String[] l = p[2].split(",");
        PackageLimits limits = PackageLimits.defaults().withMaxEntries(Integer.parseInt(l[0]))
                .withMaxTotalBytes(Long.parseLong(l[2])).withMaxEntryBytes(Long.parseLong(l[1]))
                .withMaxCompressionRatio(Integer.parseInt(l[3]));
        return new HostileCase(p[3], p[1], p[0], limits);
    }
}
