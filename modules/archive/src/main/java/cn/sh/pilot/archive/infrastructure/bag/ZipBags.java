package cn.sh.pilot.archive.infrastructure.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;

import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.domain.bag.ManifestLine;
import cn.sh.pilot.contracts.error.RefusedException;

/**
 * A bag as a ZIP holding the bag folder as its one top-level directory (RFC 8493 §4), and the way back
 * for verification: unpacked into a temporary folder with every name checked (relative, no {@code ..},
 * one top-level folder), at most {@value #MAX_ENTRIES} entries, and at most
 * {@code max(1 GiB, 100 × the ZIP's size)} bytes counted as they are inflated (never from the header).
 */
final class ZipBags {

    static final int MAX_ENTRIES = 1_000_000;
    private static final long MIN_BUDGET = 1L << 30;
    private static final int RATIO = 100;

    private ZipBags() {
    }

    static void pack(Path bag, String bagName, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW);
             ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(file, 65536));
             Stream<Path> walk = Files.walk(bag)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = bag.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.putNextEntry(new ZipEntry(bagName + "/" + (rel.isEmpty() ? "" : rel + "/")));
                    out.closeEntry();
                    continue;
                }
                out.putNextEntry(new ZipEntry(bagName + "/" + rel));
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** Unpacks {@code zip} into {@code into}; returns the bag folder (the ZIP's one top-level directory). */
    static Path unpack(Path zip, Path into) throws IOException, RefusedException {
        long budget = Math.max(MIN_BUDGET, Files.size(zip) * RATIO);
        String top = null;
        int count = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw unsafe("more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                if (!ManifestLine.isSafeRelative(path)) {
                    throw unsafe("entry name " + name);
                }
                String first = path.split("/", 2)[0];
                if (top == null) {
                    top = first;
                } else if (!top.equals(first)) {
                    throw unsafe("more than one top-level folder: " + top + ", " + first);
                }
                Path out = into.resolve(path).normalize();
                if (!out.startsWith(into)) {
                    throw unsafe("entry name " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry);
                     OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        budget -= n;
                        if (budget < 0) {
                            throw unsafe("inflates to more than the allowed size (zip bomb?)");
                        }
                        o.write(buffer, 0, n);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw unsafe("not a readable ZIP: " + e.getMessage());
        }
        if (top == null) {
            throw unsafe("empty ZIP");
        }
        return into.resolve(top);
    }

    private static RefusedException unsafe(String detail) {
        return new RefusedException(ArchiveError.BAG_UNREADABLE, detail);
    }
}
